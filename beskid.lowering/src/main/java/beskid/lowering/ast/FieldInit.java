package beskid.lowering.ast;

public record FieldInit(SourcePos pos, String name, Expr value) {}
