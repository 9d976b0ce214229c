package beskid.lowering.ast;

import java.util.List;

/** {@code { statements }}; end is the position of the closing brace. */
public record Block(SourcePos pos, List<Stmt> statements, SourcePos end) {}
