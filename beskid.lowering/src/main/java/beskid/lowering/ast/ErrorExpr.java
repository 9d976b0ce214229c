package beskid.lowering.ast;

/** Stands in for an expression the parser could not read (after a reported error). */
public record ErrorExpr(SourcePos pos) implements Expr {}
