package beskid.lowering.ast;

/** An expression used as a statement. */
public record ExprStmt(SourcePos pos, Expr expr) implements Stmt {}
