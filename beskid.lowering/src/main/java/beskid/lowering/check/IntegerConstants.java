package beskid.lowering.check;

import beskid.lowering.ast.BinaryExpr;
import beskid.lowering.ast.BinaryOp;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.UnaryExpr;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.Type;
import java.math.BigInteger;

/**
 * Untyped integer constants, as Go has them: expressions made only of literals are evaluated
 * exactly, and the result takes a type from its context ({@link #settle}), where it must fit.
 */
final class IntegerConstants {
    private static final BigInteger I32_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger I32_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger I64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger I64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger U8_MAX = BigInteger.valueOf(255);

    private final BodyContext cx;

    IntegerConstants(BodyContext cx) {
        this.cx = cx;
    }

    /** The exact value of {@code a op b}, or null when it has none (division by zero panics at run time). */
    static BigInteger fold(BinaryOp op, BigInteger a, BigInteger b) {
        if (a == null || b == null) {
            return null;
        }
        return switch (op) {
            case ADD -> a.add(b);
            case SUB -> a.subtract(b);
            case MUL -> a.multiply(b);
            case DIV -> b.signum() == 0 ? null : a.divide(b); // truncates toward zero
            case REM -> b.signum() == 0 ? null : a.remainder(b); // sign of the dividend
            default -> null;
        };
    }

    /** True if v is a value of integer type t (f64 takes any). */
    static boolean fits(BigInteger v, Type t) {
        if (t == Prim.I32) {
            return v.compareTo(I32_MIN) >= 0 && v.compareTo(I32_MAX) <= 0;
        }
        if (t == Prim.I64) {
            return v.compareTo(I64_MIN) >= 0 && v.compareTo(I64_MAX) <= 0;
        }
        if (t == Prim.U8) {
            return v.signum() >= 0 && v.compareTo(U8_MAX) <= 0;
        }
        return true;
    }

    /**
     * Gives an untyped constant expression its type: every node of the constant tree gets
     * {@code t} (the emitter needs it when a division by zero left no folded value), and the
     * exact value must fit.
     */
    void settle(Expr e, Type t) {
        BigInteger v = cx.ann.constant(e);
        if (v != null && !fits(v, t)) {
            cx.error(
                    Positions.start(e),
                    ErrorCodes.LITERAL_RANGE,
                    "the constant " + v + " is out of range for " + t.display());
            markAll(e, t);
            return;
        }
        if (v != null) {
            markAll(e, t);
            return;
        }
        cx.ann.setType(e, t);
        if (e instanceof BinaryExpr b) {
            settle(b.left(), t);
            settle(b.right(), t);
        } else if (e instanceof UnaryExpr u) {
            settle(u.operand(), t);
        }
    }

    private void markAll(Expr e, Type t) {
        if (cx.ann.type(e) != Prim.UNTYPED_INT) {
            return;
        }
        cx.ann.setType(e, t);
        if (e instanceof BinaryExpr b) {
            markAll(b.left(), t);
            markAll(b.right(), t);
        } else if (e instanceof UnaryExpr u) {
            markAll(u.operand(), t);
        }
    }
}
