package beskid.lowering.ast;

import java.util.List;

/** {@code [Name(arg: expr)]} before an item. */
public record AttributeUse(SourcePos pos, String name, List<AttributeArg> args) {}
