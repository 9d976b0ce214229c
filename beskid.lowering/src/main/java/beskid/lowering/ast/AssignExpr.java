package beskid.lowering.ast;

/** {@code x = e}, {@code x += e}, {@code x -= e} (also events: {@code obj.Ev += h}). */
public record AssignExpr(SourcePos pos, AssignOp op, Expr target, Expr value) implements Expr {}
