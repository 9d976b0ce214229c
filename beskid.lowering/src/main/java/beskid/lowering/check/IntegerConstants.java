package beskid.lowering.check;

import beskid.lowering.ast.BinaryExpr;
import beskid.lowering.ast.BinaryOp;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.UnaryExpr;
import beskid.lowering.diag.ErrorCode;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.Type;
import java.math.BigInteger;
import java.util.ArrayDeque;

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
    void settle(Expr root, Type t) {
        // A worklist, not recursion: a flat constant chain is as deep as it is long.
        ArrayDeque<Expr> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Expr e = work.pop();
            BigInteger v = cx.ann.constant(e);
            if (v != null && !fits(v, t)) {
                cx.error(
                        Positions.start(e),
                        ErrorCode.LITERAL_RANGE,
                        "the constant " + v + " is out of range for " + t.display());
                markAll(e, t);
            } else if (v != null) {
                markAll(e, t);
            } else {
                cx.ann.setType(e, t);
                pushOperands(work, e);
            }
        }
    }

    private void markAll(Expr root, Type t) {
        ArrayDeque<Expr> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Expr e = work.pop();
            if (cx.ann.type(e) == Prim.UNTYPED_INT) {
                cx.ann.setType(e, t);
                pushOperands(work, e);
            }
        }
    }

    /** Pushes e's operands so that the left one is taken first (source order). */
    private static void pushOperands(ArrayDeque<Expr> work, Expr e) {
        if (e instanceof BinaryExpr b) {
            work.push(b.right());
            work.push(b.left());
        } else if (e instanceof UnaryExpr u) {
            work.push(u.operand());
        }
    }
}
