package beskid.lowering.ast;

public record UnaryExpr(SourcePos pos, UnaryOp op, Expr operand) implements Expr {}
