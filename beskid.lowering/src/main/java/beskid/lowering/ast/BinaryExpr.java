package beskid.lowering.ast;

/** pos is the position of the operator. */
public record BinaryExpr(SourcePos pos, BinaryOp op, Expr left, Expr right) implements Expr {}
