package beskid.lowering.ast;

public record WhileStmt(SourcePos pos, Expr condition, Block body) implements Stmt {}
