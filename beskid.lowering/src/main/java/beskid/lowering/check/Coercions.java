package beskid.lowering.check;

import beskid.lowering.ast.Expr;
import beskid.lowering.diag.ErrorCode;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.Type;
import beskid.lowering.sema.Types;

/**
 * Fitting a checked expression to the type its context expects: untyped constants take the
 * type, integers convert implicitly (recorded for the emitter), anything else must be
 * assignable or it is a type mismatch.
 */
final class Coercions {
    private final BodyContext cx;

    Coercions(BodyContext cx) {
        this.cx = cx;
    }

    /** Converts e (of type {@code actual}) to {@code target}; returns the type the context sees. */
    Type to(Expr e, Type actual, Type target) {
        if (target == null) {
            return value(e, actual);
        }
        if (target == Prim.ERROR) {
            value(e, actual); // already reported where the type was written
            return target;
        }
        if (actual == Prim.UNTYPED_INT) {
            if (Types.isInteger(target) || target == Prim.F64) {
                cx.consts.settle(e, target);
                return target;
            }
            value(e, actual);
            return mismatch(e, Prim.I32, target);
        }
        if (actual.equals(target) || target == Prim.ERROR || actual == Prim.ERROR) {
            return target;
        }
        if (Types.assignable(actual, target)) {
            if (actual != Prim.NEVER) {
                cx.ann.setConversion(e, target);
            }
            return target;
        }
        return mismatch(e, actual, target);
    }

    /** An untyped constant used where no type is expected is an i32. */
    Type value(Expr e, Type actual) {
        if (actual == Prim.UNTYPED_INT) {
            cx.consts.settle(e, Prim.I32);
            return Prim.I32;
        }
        return actual;
    }

    /** The value of e is not used: a non-unit value is dropped. */
    void discard(Expr e, Type actual) {
        Type t = value(e, actual);
        if (t != Prim.UNIT && t != Prim.NEVER && t != Prim.ERROR) {
            cx.ann.setConversion(e, Prim.UNIT);
        }
    }

    private Type mismatch(Expr e, Type actual, Type target) {
        cx.error(
                Positions.start(e),
                ErrorCode.TYPE_MISMATCH,
                "type mismatch: expected " + target.display() + ", found " + actual.display());
        return Prim.ERROR;
    }
}
