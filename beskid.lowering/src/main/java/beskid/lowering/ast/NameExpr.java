package beskid.lowering.ast;

/** A bare identifier (local, parameter, function, module, type...). */
public record NameExpr(SourcePos pos, String name) implements Expr {}
