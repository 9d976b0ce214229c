package beskid.lowering.ast;

/** otherwise is null, a BlockStmt or another IfStmt. */
public record IfStmt(SourcePos pos, Expr condition, Block then, Stmt otherwise) implements Stmt {}
