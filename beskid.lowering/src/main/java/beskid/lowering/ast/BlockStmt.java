package beskid.lowering.ast;

/** A nested block. */
public record BlockStmt(SourcePos pos, Block block) implements Stmt {}
