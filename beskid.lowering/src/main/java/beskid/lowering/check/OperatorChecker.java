package beskid.lowering.check;

import beskid.lowering.ast.BinaryExpr;
import beskid.lowering.ast.BinaryOp;
import beskid.lowering.ast.Expr;
import beskid.lowering.diag.ErrorCode;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.Type;
import beskid.lowering.sema.Types;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binary operators. Operands are unified as Go unifies untyped constants: a constant operand
 * takes the other operand's type, two constants fold exactly, and two typed operands of
 * different integer types are an error (no implicit widening inside an expression).
 */
final class OperatorChecker {
    private final BodyContext cx;
    /** Links of a chain checked by the spine walk, waiting for their parent to take their type. */
    private final Map<Expr, Type> leftDone = new IdentityHashMap<>();

    OperatorChecker(BodyContext cx) {
        this.cx = cx;
    }

    /**
     * Checks a binary expression. A flat chain {@code a + b + ... + z} is a left spine as deep
     * as it is long: its links are checked bottom-up in a loop, each finding its left operand
     * already checked, so the stack does not grow with the chain.
     */
    Type binary(BinaryExpr b, Type expected) {
        if (b.left() instanceof BinaryExpr) {
            checkSpineBelow(b, expected);
        }
        return link(b, expected);
    }

    private void checkSpineBelow(BinaryExpr top, Type expected) {
        if (top.left() instanceof BinaryExpr only
                && !leftDone.containsKey(only)
                && !(only.left() instanceof BinaryExpr below && !leftDone.containsKey(below))) {
            // The usual spine, one link long (`a * b + c`): checked without the lists.
            leftDone.put(only, cx.exprs.check(only, leftHint(top, expected)));
            return;
        }
        List<BinaryExpr> links = new ArrayList<>();
        List<Type> hints = new ArrayList<>(); // may hold null: no hint
        Type hint = leftHint(top, expected);
        Expr cur = top.left();
        while (cur instanceof BinaryExpr b && !leftDone.containsKey(b)) {
            links.add(b);
            hints.add(hint);
            hint = leftHint(b, hint);
            cur = b.left();
        }
        for (int i = links.size() - 1; i >= 0; i--) {
            BinaryExpr b = links.get(i);
            leftDone.put(b, cx.exprs.check(b, hints.get(i)));
        }
    }

    /** The hint a link passes down to its left operand (as {@link #link} does). */
    private static Type leftHint(BinaryExpr b, Type expected) {
        return switch (b.op()) {
            case AND, OR -> Prim.BOOL;
            case ADD, SUB, MUL, DIV, REM -> expected;
            default -> null;
        };
    }

    /** The left operand's type: taken from the spine walk when it was checked there. */
    private Type left(BinaryExpr b, Type hint) {
        Type done = leftDone.remove(b.left());
        return done != null ? done : cx.exprs.check(b.left(), hint);
    }

    private Type link(BinaryExpr b, Type expected) {
        return switch (b.op()) {
            case AND, OR -> {
                cx.coerce.to(b.left(), left(b, Prim.BOOL), Prim.BOOL);
                cx.exprs.checkAgainst(b.right(), Prim.BOOL);
                yield Prim.BOOL;
            }
            case ADD, SUB, MUL, DIV, REM -> arithmetic(b, expected);
            case LT, LE, GT, GE -> comparison(b);
            case EQ, NE -> equality(b);
            case ID_EQ, ID_NE -> identity(b);
        };
    }

    /**
     * Checks both operands and unifies their types: {@link Prim#UNTYPED_INT} when both are
     * constants, null when they do not fit together (the caller reports it).
     */
    private Type operands(BinaryExpr b, Type hint) {
        Type lt = left(b, hint);
        Type rt = cx.exprs.check(b.right(), lt != Prim.UNTYPED_INT && lt != Prim.ERROR ? lt : hint);
        if (lt == Prim.UNTYPED_INT && rt == Prim.UNTYPED_INT) {
            return Prim.UNTYPED_INT;
        }
        if (lt == Prim.UNTYPED_INT) {
            return adopt(b.left(), lt, rt);
        }
        if (rt == Prim.UNTYPED_INT) {
            return adopt(b.right(), rt, lt);
        }
        if (lt.equals(rt) || rt == Prim.ERROR || rt == Prim.NEVER) {
            return lt;
        }
        if (lt == Prim.ERROR || lt == Prim.NEVER) {
            return rt;
        }
        if (Types.isInteger(lt) && Types.isInteger(rt)) {
            cx.error(
                    b.pos(),
                    ErrorCode.MIXED_INTEGERS,
                    "mismatched integer types " + lt.display() + " and " + rt.display()
                            + " (assign one to a local of the other type first)");
            return Prim.ERROR;
        }
        return null;
    }

    /** A constant operand takes the other operand's numeric type. */
    private Type adopt(Expr constant, Type constantType, Type other) {
        if (Types.isInteger(other) || other == Prim.F64) {
            cx.consts.settle(constant, other);
            return other;
        }
        cx.coerce.value(constant, constantType);
        if (Types.isLenient(other)) {
            return other;
        }
        return null;
    }

    private Type arithmetic(BinaryExpr b, Type expected) {
        Type t = operands(b, expected);
        if (t == Prim.UNTYPED_INT) {
            BigInteger v = IntegerConstants.fold(b.op(), cx.ann.constant(b.left()), cx.ann.constant(b.right()));
            if (v != null) {
                cx.ann.setConstant(b, v);
            }
            return t;
        }
        if (t != null
                && (Types.isInteger(t)
                        || t == Prim.F64
                        || Types.isLenient(t)
                        || t == Prim.STRING && b.op() == BinaryOp.ADD)) {
            return t;
        }
        return invalid(b);
    }

    private Type comparison(BinaryExpr b) {
        Type t = settled(b, operands(b, null));
        if (t != null && (Types.isInteger(t) || t == Prim.F64 || t == Prim.CHAR || Types.isLenient(t))) {
            return Prim.BOOL;
        }
        invalid(b);
        return Prim.BOOL;
    }

    private Type equality(BinaryExpr b) {
        Type t = settled(b, operands(b, null));
        if (t == null) {
            invalid(b);
        } else if (Types.isReference(t) && t != Prim.STRING) {
            cx.error(
                    b.pos(),
                    ErrorCode.REFERENCE_EQUALITY,
                    "`" + b.op().symbol() + "` cannot compare values of type " + t.display()
                            + " (a reference type); use `" + (b.op() == BinaryOp.EQ ? "===" : "!==")
                            + "` to compare identity");
        } else if (t == Prim.UNIT) {
            invalid(b);
        }
        return Prim.BOOL;
    }

    private Type identity(BinaryExpr b) {
        Type lt = cx.coerce.value(b.left(), left(b, null));
        Type rt = cx.exprs.check(b.right(), lt);
        rt = cx.coerce.value(b.right(), rt);
        boolean related = Types.assignable(lt, rt) || Types.assignable(rt, lt);
        if (Types.isLenient(lt) || Types.isLenient(rt)) {
            return Prim.BOOL;
        }
        if (!Types.isReference(lt) || !Types.isReference(rt) || !related) {
            cx.error(
                    b.pos(),
                    ErrorCode.OPERATOR,
                    "`" + b.op().symbol() + "` compares references; it cannot compare " + lt.display() + " and "
                            + rt.display());
        }
        return Prim.BOOL;
    }

    /** Two constants compared with each other are i32s. */
    private Type settled(BinaryExpr b, Type t) {
        if (t == Prim.UNTYPED_INT) {
            cx.coerce.value(b.left(), t);
            cx.coerce.value(b.right(), t);
            return Prim.I32;
        }
        return t;
    }

    private Type invalid(BinaryExpr b) {
        cx.error(
                b.pos(),
                ErrorCode.OPERATOR,
                "`" + b.op().symbol() + "` cannot be applied to "
                        + cx.ann.type(b.left()).display() + " and "
                        + cx.ann.type(b.right()).display());
        return Prim.ERROR;
    }
}
