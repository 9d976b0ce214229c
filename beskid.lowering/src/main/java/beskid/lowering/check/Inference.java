package beskid.lowering.check;

import beskid.lowering.ast.Expr;
import beskid.lowering.ast.LambdaExpr;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.diag.ErrorCode;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.Type;
import beskid.lowering.sema.TypeParam;
import beskid.lowering.sema.Types;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generic type arguments: bound first from the type the context expects, then from the
 * arguments (the payload) left to right; each argument is then checked against its
 * parameter type with the bindings known so far. An integer literal passed for a bare type
 * parameter does not fix it: it waits until the other arguments (or, failing them, the
 * default i32) have decided, then takes that type like any literal.
 */
final class Inference {
    private final BodyContext cx;
    /** Literal arguments waiting for their type parameter, per call (keyed by its bindings). */
    private final Map<Map<TypeParam, Type>, List<Waiting>> waiting = new IdentityHashMap<>();

    private record Waiting(Expr arg, TypeParam param) {}

    Inference(BodyContext cx) {
        this.cx = cx;
    }

    /** Binds what the expected type of the whole expression says about {@code vars}. */
    void expect(Type declaredResult, Type expected, List<TypeParam> vars, Map<TypeParam, Type> bindings) {
        if (expected == null || vars.isEmpty()) {
            return;
        }
        Types.unify(declaredResult, expected, vars, bindings);
    }

    /** Checks one argument against its declared parameter type, binding variables from it. */
    void argument(Expr arg, Type declared, List<TypeParam> vars, Map<TypeParam, Type> bindings) {
        Type hint = Types.substitute(declared, bindings);
        if (Types.mentionsUnbound(hint, vars, bindings) && !(declared instanceof TypeParam) && !typedLambda(arg)) {
            settleWaiting(bindings); // an untyped lambda or a compound type needs what the literals say now
            hint = Types.substitute(declared, bindings);
        }
        if (!Types.mentionsUnbound(hint, vars, bindings)) {
            cx.exprs.checkAgainst(arg, hint);
            return;
        }
        Type actual = cx.exprs.check(arg, null);
        if (actual == Prim.UNTYPED_INT && declared instanceof TypeParam p && vars.contains(p)) {
            waiting.computeIfAbsent(bindings, b -> new ArrayList<>()).add(new Waiting(arg, p));
            return;
        } else {
            Types.unify(declared, actual, vars, bindings);
        }
        Type target = Types.substitute(declared, bindings);
        if (Types.mentionsUnbound(target, vars, bindings)) {
            if (!Types.isLenient(actual)) {
                cx.error(
                        Positions.start(arg),
                        ErrorCode.TYPE_MISMATCH,
                        "type mismatch: expected " + target.display() + ", found "
                                + cx.coerce.value(arg, actual).display());
            }
            return;
        }
        cx.coerce.to(arg, actual, target);
    }

    /** Reports the variables nothing bound (they become error types so nothing else reports). */
    void finish(List<TypeParam> vars, Map<TypeParam, Type> bindings, SourcePos pos, String calleeName) {
        settleWaiting(bindings);
        for (TypeParam p : vars) {
            if (!bindings.containsKey(p)) {
                cx.error(
                        pos,
                        ErrorCode.CANNOT_INFER,
                        "cannot infer the type argument " + p.name() + " of `" + calleeName + "`"
                                + "; give the type explicitly (e.g. on the variable)");
                bindings.put(p, Prim.ERROR);
            }
        }
    }

    /** A lambda that states every parameter type says its own type: it may bind variables. */
    private static boolean typedLambda(Expr arg) {
        return arg instanceof LambdaExpr l && l.params().stream().allMatch(p -> p.type() != null);
    }

    /**
     * Gives each waiting literal its parameter's type: what the arguments bound, else i32
     * (the type of a literal nothing else types).
     */
    private void settleWaiting(Map<TypeParam, Type> bindings) {
        List<Waiting> literals = waiting.remove(bindings);
        if (literals == null) {
            return;
        }
        for (Waiting w : literals) {
            bindings.putIfAbsent(w.param(), Prim.I32);
        }
        for (Waiting w : literals) {
            cx.coerce.to(w.arg(), Prim.UNTYPED_INT, bindings.get(w.param()));
        }
    }
}
