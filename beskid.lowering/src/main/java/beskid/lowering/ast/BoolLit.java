package beskid.lowering.ast;

public record BoolLit(SourcePos pos, boolean value) implements Expr {}
