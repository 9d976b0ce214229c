package beskid.lowering.ast;

public record CharLit(SourcePos pos, int codePoint) implements Expr {}
