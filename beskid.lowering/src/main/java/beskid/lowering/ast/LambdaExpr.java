package beskid.lowering.ast;

import java.util.List;

/** {@code (i32 x, y) => expr}; body is a BlockExpr for {@code => { block }}. */
public record LambdaExpr(SourcePos pos, List<LambdaParam> params, Expr body) implements Expr {}
