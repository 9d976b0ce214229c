package beskid.lowering.ast;

import java.util.List;

public record MatchExpr(SourcePos pos, Expr scrutinee, List<MatchArm> arms) implements Expr {}
