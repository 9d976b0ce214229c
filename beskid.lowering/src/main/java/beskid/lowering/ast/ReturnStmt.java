package beskid.lowering.ast;

/** value is null for a bare return. */
public record ReturnStmt(SourcePos pos, Expr value) implements Stmt {}
