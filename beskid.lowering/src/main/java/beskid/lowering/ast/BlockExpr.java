package beskid.lowering.ast;

/** A block used as an expression. */
public record BlockExpr(SourcePos pos, Block block) implements Expr {}
