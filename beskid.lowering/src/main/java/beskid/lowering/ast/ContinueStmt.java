package beskid.lowering.ast;

public record ContinueStmt(SourcePos pos) implements Stmt {}
