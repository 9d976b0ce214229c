package beskid.lowering.ast;

public record FloatLit(SourcePos pos, double value) implements Expr {}
