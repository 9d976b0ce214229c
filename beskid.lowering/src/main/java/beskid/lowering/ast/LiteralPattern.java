package beskid.lowering.ast;

/** An int (possibly negated), string, char or bool literal. */
public record LiteralPattern(SourcePos pos, Expr literal) implements Pattern {}
