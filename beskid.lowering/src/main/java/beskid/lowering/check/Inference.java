package beskid.lowering.check;

import beskid.lowering.ast.Expr;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.Type;
import beskid.lowering.sema.TypeParam;
import beskid.lowering.sema.Types;
import java.util.List;
import java.util.Map;

/**
 * Generic type arguments: bound first from the type the context expects, then from the
 * arguments (the payload) left to right; each argument is then checked against its
 * parameter type with the bindings known so far.
 */
final class Inference {
    private final BodyContext cx;

    Inference(BodyContext cx) {
        this.cx = cx;
    }

    /** Binds what the expected type of the whole expression says about {@code vars}. */
    void expect(Type declaredResult, Type expected, List<TypeParam> vars, Map<TypeParam, Type> bindings) {
        if (expected == null || vars.isEmpty()) {
            return;
        }
        if (declaredResult instanceof TypeParam && Types.isInteger(expected)) {
            return; // integers convert on assignment anyway: let the arguments decide
        }
        Types.unify(declaredResult, expected, vars, bindings);
    }

    /** Checks one argument against its declared parameter type, binding variables from it. */
    void argument(Expr arg, Type declared, List<TypeParam> vars, Map<TypeParam, Type> bindings) {
        Type hint = Types.substitute(declared, bindings);
        if (!Types.mentionsUnbound(hint, vars, bindings)) {
            cx.exprs.checkAgainst(arg, hint);
            return;
        }
        Type actual = cx.exprs.check(arg, null);
        if (actual == Prim.UNTYPED_INT && declared instanceof TypeParam p && vars.contains(p)) {
            bindings.putIfAbsent(p, Prim.I32);
        } else {
            Types.unify(declared, actual, vars, bindings);
        }
        Type target = Types.substitute(declared, bindings);
        if (Types.mentionsUnbound(target, vars, bindings)) {
            if (!Types.isLenient(actual)) {
                cx.error(
                        Positions.start(arg),
                        ErrorCodes.TYPE_MISMATCH,
                        "type mismatch: expected " + target.display() + ", found "
                                + cx.coerce.value(arg, actual).display());
            }
            return;
        }
        cx.coerce.to(arg, actual, target);
    }

    /** Reports the variables nothing bound (they become error types so nothing else reports). */
    void finish(List<TypeParam> vars, Map<TypeParam, Type> bindings, SourcePos pos, String what) {
        for (TypeParam p : vars) {
            if (!bindings.containsKey(p)) {
                cx.error(
                        pos,
                        ErrorCodes.CANNOT_INFER,
                        "cannot infer the type argument " + p.name() + " of " + what
                                + "; give the type explicitly (e.g. on the variable)");
                bindings.put(p, Prim.ERROR);
            }
        }
    }
}
