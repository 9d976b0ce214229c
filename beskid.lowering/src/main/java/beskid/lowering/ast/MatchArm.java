package beskid.lowering.ast;

/** guard is null when absent. */
public record MatchArm(SourcePos pos, Pattern pattern, Expr guard, Expr body) {}
