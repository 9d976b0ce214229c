package beskid.lowering.check;

import beskid.lowering.ast.BlockExpr;
import beskid.lowering.ast.LambdaExpr;
import beskid.lowering.ast.LambdaParam;
import beskid.lowering.diag.ErrorCode;
import beskid.lowering.sema.FnType;
import beskid.lowering.sema.LambdaInfo;
import beskid.lowering.sema.LocalVar;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Lambdas: parameter types written or taken from the expected function type; the result
 * type from the expected type, else from the returns of a block body (or the body
 * expression), else unit. Names of enclosing functions used inside become captures.
 */
final class LambdaChecker {
    private final BodyContext cx;

    LambdaChecker(BodyContext cx) {
        this.cx = cx;
    }

    Type check(LambdaExpr l, Type expected) {
        FnType exp =
                expected instanceof FnType f && f.params().size() == l.params().size() ? f : null;
        List<Type> paramTypes = new ArrayList<>();
        for (int i = 0; i < l.params().size(); i++) {
            LambdaParam p = l.params().get(i);
            if (p.type() != null) {
                paramTypes.add(cx.valueType(p.type()));
            } else if (exp != null) {
                paramTypes.add(exp.params().get(i));
            } else {
                cx.error(
                        p.pos(),
                        ErrorCode.CANNOT_INFER,
                        "cannot infer the type of the parameter `" + p.name() + "`; write its type");
                paramTypes.add(Prim.ERROR);
            }
        }
        Frame outerFrame = cx.frame;
        Scope outerScope = cx.scope;
        Frame frame = new Frame(l, outerFrame, exp != null ? exp.result() : null);
        cx.frame = frame;
        cx.scope = new Scope(outerScope, frame);
        List<LocalVar> params = new ArrayList<>();
        try {
            for (int i = 0; i < l.params().size(); i++) {
                LambdaParam p = l.params().get(i);
                params.add(cx.declare(p.name(), paramTypes.get(i), false, p.pos(), false));
            }
            body(l, frame);
        } finally {
            cx.frame = outerFrame;
            cx.scope = outerScope;
        }
        FnType type = new FnType(frame.result, paramTypes);
        cx.ann.setLambda(l, new LambdaInfo(type, params, List.copyOf(frame.captures)));
        return type;
    }

    private void body(LambdaExpr l, Frame frame) {
        if (l.body() instanceof BlockExpr b) {
            boolean completes = cx.stmts.statements(b.block().statements());
            cx.ann.setType(b, Prim.UNIT);
            if (frame.result == null) {
                frame.result = Prim.UNIT;
            }
            if (completes && frame.result != Prim.UNIT && frame.result != Prim.ERROR) {
                cx.error(
                        b.block().end(),
                        ErrorCode.MISSING_RETURN,
                        "missing return: the lambda must return a value of type " + frame.result.display()
                                + " on every path");
            }
            return;
        }
        if (frame.result == Prim.UNIT) {
            cx.coerce.discard(l.body(), cx.exprs.check(l.body(), null));
        } else if (frame.result != null) {
            cx.exprs.checkAgainst(l.body(), frame.result);
        } else {
            Type t = cx.exprs.checkValue(l.body());
            frame.result = t == Prim.NEVER ? Prim.UNIT : t;
        }
    }
}
