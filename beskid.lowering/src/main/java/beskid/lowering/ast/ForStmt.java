package beskid.lowering.ast;

/** {@code for i in range(start, end) { }}. */
public record ForStmt(SourcePos pos, String variable, SourcePos variablePos, Expr start, Expr end, Block body)
        implements Stmt {}
