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

    /**
     * True if v is a value of integer type t (f64 takes any). A two's complement type of n bits
     * holds exactly the values whose bit length (sign excluded) is below n.
     */
    static boolean fits(BigInteger v, Type t) {
        if (t == Prim.I32) {
            return v.bitLength() < Integer.SIZE;
        }
        if (t == Prim.I64) {
            return v.bitLength() < Long.SIZE;
        }
        if (t == Prim.U8) {
            return v.signum() >= 0 && v.bitLength() <= Byte.SIZE;
        }
        return true;
    }

    /** Whether e has operands the constant walks visit (a leaf needs no worklist). */
    private static boolean hasOperands(Expr e) {
        return e instanceof BinaryExpr || e instanceof UnaryExpr;
    }

    /**
     * Gives an untyped constant expression its type: every node of the constant tree gets
     * {@code t} (the emitter needs it when a division by zero left no folded value), and the
     * exact value must fit.
     */
    void settle(Expr root, Type t) {
        if (!hasOperands(root)) {
            settleOne(root, t, null); // a literal, the common case: no worklist for one node
            return;
        }
        // A worklist, not recursion: a flat constant chain is as deep as it is long.
        ArrayDeque<Expr> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            settleOne(work.pop(), t, work);
        }
    }

    /** Settles one node of a constant tree, pushing the operands still to settle onto work. */
    private void settleOne(Expr e, Type t, ArrayDeque<Expr> work) {
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
            if (work != null) {
                pushOperands(work, e);
            }
        }
    }

    private void markAll(Expr root, Type t) {
        if (!hasOperands(root)) { // a literal, the common case: no worklist
            if (cx.ann.type(root) == Prim.UNTYPED_INT) {
                cx.ann.setType(root, t);
            }
            return;
        }
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
