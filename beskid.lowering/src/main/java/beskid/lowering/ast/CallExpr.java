package beskid.lowering.ast;

import java.util.List;

/** {@code f(a, b)}; pos is the position of the opening parenthesis. */
public record CallExpr(SourcePos pos, Expr callee, List<Expr> args) implements Expr {}
