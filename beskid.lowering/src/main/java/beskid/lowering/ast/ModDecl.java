package beskid.lowering.ast;

import java.util.List;

/** {@code mod a.b;} naming the file module this file belongs to. */
public record ModDecl(SourcePos pos, List<AttributeUse> attributes, List<String> path) implements Item {}
