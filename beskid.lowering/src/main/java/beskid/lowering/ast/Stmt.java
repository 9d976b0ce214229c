package beskid.lowering.ast;

/** A statement. */
public sealed interface Stmt
        permits LocalDecl, ExprStmt, IfStmt, WhileStmt, ForStmt, BreakStmt, ContinueStmt, ReturnStmt, BlockStmt {
    /** Where the node starts in its source file. */
    SourcePos pos();
}
