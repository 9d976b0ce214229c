package beskid.lowering.ast;

public record BreakStmt(SourcePos pos) implements Stmt {}
