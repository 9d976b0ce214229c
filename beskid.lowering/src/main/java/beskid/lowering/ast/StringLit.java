package beskid.lowering.ast;

import java.util.List;

/** A string; parts alternate text and interpolations. */
public record StringLit(SourcePos pos, List<StringPart> parts) implements Expr {}
