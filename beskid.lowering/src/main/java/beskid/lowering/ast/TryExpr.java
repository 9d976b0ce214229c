package beskid.lowering.ast;

/** {@code e?}; pos is the position of the question mark. */
public record TryExpr(SourcePos pos, Expr operand) implements Expr {}
