package beskid.lowering.emit;

import beskid.abi.RuntimeSymbol;
import beskid.lowering.ast.AssignOp;
import beskid.lowering.ast.BinaryExpr;
import beskid.lowering.ast.BinaryOp;
import beskid.lowering.ast.BoolLit;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.ast.UnaryExpr;
import beskid.lowering.ast.UnaryOp;
import beskid.lowering.sema.FnType;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Binary operators. Arithmetic wraps (JVM int/long arithmetic; u8 is masked to 8 bits),
 * division by zero raises ArithmeticException (the runtime reports it as the language's
 * panic). Conditions compile to jumps, so {@code &&}/{@code ||} short-circuit and an
 * {@code if} on a comparison needs no boolean value.
 */
final class OperatorEmitter {
    private final MethodContext mc;
    private final MethodVisitor mv;

    OperatorEmitter(MethodContext mc) {
        this.mc = mc;
        this.mv = mc.mv;
    }

    void binary(BinaryExpr b, Type t) {
        switch (b.op()) {
            case ADD, SUB, MUL, DIV, REM -> arithmeticChain(b, t);
            default -> {
                Label no = new Label();
                Label done = new Label();
                jumpIfFalse(b, no);
                mv.visitInsn(Opcodes.ICONST_1);
                mv.visitJumpInsn(Opcodes.GOTO, done);
                mv.visitLabel(no);
                mv.visitInsn(Opcodes.ICONST_0);
                mv.visitLabel(done);
            }
        }
    }

    /**
     * An arithmetic link and the arithmetic links below it on its left spine, in a loop: a
     * flat chain {@code a + b + ... + z} is as deep as it is long, so it is not emitted by
     * recursion. Each inner link gets its own type and conversion, as {@code emit} gives it.
     */
    private void arithmeticChain(BinaryExpr top, Type t) {
        if (t == Prim.STRING && top.op() == BinaryOp.ADD && stringChain(top)) {
            return;
        }
        if (!isLink(top.left())) { // a single link, the common case: no list
            mc.exprs.emit(top.left());
            mc.exprs.emit(top.right());
            arithmetic(top.op(), t, top.pos());
            return;
        }
        List<BinaryExpr> links = new ArrayList<>();
        links.add(top);
        Expr cur = top.left();
        while (isLink(cur)) {
            BinaryExpr b = (BinaryExpr) cur;
            links.add(b);
            cur = b.left();
        }
        mc.exprs.emit(cur);
        for (int i = links.size() - 1; i >= 0; i--) {
            BinaryExpr b = links.get(i);
            Type type = i == 0 ? t : mc.ann.type(b);
            mc.exprs.emit(b.right());
            arithmetic(b.op(), type, b.pos());
            if (i > 0) {
                mc.exprs.convertAfter(b, type);
            }
        }
    }

    /**
     * {@code a + b + ... + z} on strings, three operands or more: one concatenation site, so
     * the result is written once instead of once per {@code +}. False (nothing emitted) when
     * the chain is shorter or too long for one site.
     */
    private boolean stringChain(BinaryExpr top) {
        List<Expr> operands = new ArrayList<>();
        Expr cur = top;
        while (cur instanceof BinaryExpr b
                && b.op() == BinaryOp.ADD
                && mc.ann.type(b) == Prim.STRING
                && mc.exprs.finalType(b) == Prim.STRING) {
            operands.add(b.right());
            cur = b.left();
        }
        operands.add(cur);
        if (operands.size() < 3 || !StringConcat.fits(0, operands.size())) {
            return false;
        }
        StringConcat concat = new StringConcat();
        for (int i = operands.size() - 1; i >= 0; i--) {
            mc.exprs.emit(operands.get(i));
            concat.value(JvmTypes.STRING_DESC);
        }
        concat.emit(mv);
        return true;
    }

    /** Whether e continues an arithmetic chain's left spine. */
    private boolean isLink(Expr e) {
        return e instanceof BinaryExpr b && isArithmetic(b.op()) && !mc.exprs.isConstant(b);
    }

    private static boolean isArithmetic(BinaryOp op) {
        return switch (op) {
            case ADD, SUB, MUL, DIV, REM -> true;
            default -> false;
        };
    }

    /** The left spine of a chain of one logical operator: the links, top first. */
    private static List<BinaryExpr> spine(BinaryExpr top) {
        List<BinaryExpr> links = new ArrayList<>();
        Expr cur = top;
        while (cur instanceof BinaryExpr b && b.op() == top.op()) {
            links.add(b);
            cur = b.left();
        }
        return links;
    }

    /**
     * {@code t1 && t2 && ... && tn} (when {@code and}) or the same with {@code ||}: every term
     * but the last jumps to {@code early} when it settles the chain (false for and, true for
     * or); the last term is emitted by {@code last}. In a loop, not by recursion.
     */
    private void logicalChain(BinaryExpr top, boolean and, Label early, Consumer<Expr> last) {
        List<BinaryExpr> links = spine(top);
        Expr first = links.get(links.size() - 1).left();
        if (and) {
            jumpIfFalse(first, early);
        } else {
            jumpIfTrue(first, early);
        }
        for (int i = links.size() - 1; i > 0; i--) {
            if (and) {
                jumpIfFalse(links.get(i).right(), early);
            } else {
                jumpIfTrue(links.get(i).right(), early);
            }
        }
        last.accept(top.right());
    }

    /** The operation of {@code x += v} / {@code x -= v} on the two values on the stack. */
    void compound(AssignOp op, Type t, SourcePos pos) {
        arithmetic(op == AssignOp.ADD_ASSIGN ? BinaryOp.ADD : BinaryOp.SUB, t, pos);
    }

    private void arithmetic(BinaryOp op, Type t, SourcePos pos) {
        if (t == Prim.STRING) {
            mc.runtime.call(mv, RuntimeSymbol.str_concat);
            return;
        }
        if (op == BinaryOp.DIV || op == BinaryOp.REM) {
            mc.line(pos); // a division by zero panics at the operator's line
        }
        int base = switch (op) {
            case ADD -> Opcodes.IADD;
            case SUB -> Opcodes.ISUB;
            case MUL -> Opcodes.IMUL;
            case DIV -> Opcodes.IDIV;
            default -> Opcodes.IREM;
        };
        // the JVM orders each arithmetic family I, L, F, D
        if (t == Prim.I64) {
            mv.visitInsn(base + 1);
        } else if (t == Prim.F64) {
            mv.visitInsn(base + 3);
        } else {
            mv.visitInsn(base);
            if (t == Prim.U8 && (op == BinaryOp.ADD || op == BinaryOp.SUB || op == BinaryOp.MUL)) {
                mc.values.maskU8();
            }
        }
    }

    /** Jumps to target when the boolean condition is false; falls through when true. */
    void jumpIfFalse(Expr cond, Label target) {
        if (cond instanceof BoolLit b) {
            if (!b.value()) {
                mv.visitJumpInsn(Opcodes.GOTO, target);
            }
        } else if (cond instanceof UnaryExpr u && u.op() == UnaryOp.NOT) {
            jumpIfTrue(u.operand(), target);
        } else if (cond instanceof BinaryExpr b && b.op() == BinaryOp.AND) {
            logicalChain(b, true, target, right -> jumpIfFalse(right, target));
        } else if (cond instanceof BinaryExpr b && b.op() == BinaryOp.OR) {
            Label yes = new Label();
            logicalChain(b, false, yes, right -> jumpIfFalse(right, target));
            mv.visitLabel(yes);
        } else if (cond instanceof BinaryExpr b && isComparison(b.op())) {
            compare(b, negate(b.op()), target);
        } else {
            mc.exprs.emit(cond);
            mv.visitJumpInsn(Opcodes.IFEQ, target);
        }
    }

    /** Jumps to target when the boolean condition is true; falls through when false. */
    void jumpIfTrue(Expr cond, Label target) {
        if (cond instanceof BoolLit b) {
            if (b.value()) {
                mv.visitJumpInsn(Opcodes.GOTO, target);
            }
        } else if (cond instanceof UnaryExpr u && u.op() == UnaryOp.NOT) {
            jumpIfFalse(u.operand(), target);
        } else if (cond instanceof BinaryExpr b && b.op() == BinaryOp.AND) {
            Label no = new Label();
            logicalChain(b, true, no, right -> jumpIfTrue(right, target));
            mv.visitLabel(no);
        } else if (cond instanceof BinaryExpr b && b.op() == BinaryOp.OR) {
            logicalChain(b, false, target, right -> jumpIfTrue(right, target));
        } else if (cond instanceof BinaryExpr b && isComparison(b.op())) {
            compare(b, b.op(), target);
        } else {
            mc.exprs.emit(cond);
            mv.visitJumpInsn(Opcodes.IFNE, target);
        }
    }

    private static boolean isComparison(BinaryOp op) {
        return switch (op) {
            case EQ, NE, ID_EQ, ID_NE, LT, LE, GT, GE -> true;
            default -> false;
        };
    }

    private static BinaryOp negate(BinaryOp op) {
        return switch (op) {
            case EQ -> BinaryOp.NE;
            case NE -> BinaryOp.EQ;
            case ID_EQ -> BinaryOp.ID_NE;
            case ID_NE -> BinaryOp.ID_EQ;
            case LT -> BinaryOp.GE;
            case GE -> BinaryOp.LT;
            case LE -> BinaryOp.GT;
            case GT -> BinaryOp.LE;
            default -> throw new IllegalArgumentException(op.name());
        };
    }

    /** Compares the operands of b and jumps to target when {@code when} holds. */
    private void compare(BinaryExpr b, BinaryOp when, Label target) {
        Type t = mc.exprs.finalType(b.left());
        if (t == Prim.NEVER) {
            t = mc.exprs.finalType(b.right());
        }
        mc.exprs.emit(b.left());
        mc.exprs.emit(b.right());
        if ((b.op() == BinaryOp.ID_EQ || b.op() == BinaryOp.ID_NE) && t instanceof FnType) {
            // a function value may be wrapped to another shape: compare what the wrappers wrap
            mc.cls.emit.adapters.same(mc);
            mv.visitJumpInsn(when == BinaryOp.ID_EQ ? Opcodes.IFNE : Opcodes.IFEQ, target);
        } else if (b.op() == BinaryOp.ID_EQ || b.op() == BinaryOp.ID_NE) {
            mv.visitJumpInsn(when == BinaryOp.ID_EQ ? Opcodes.IF_ACMPEQ : Opcodes.IF_ACMPNE, target);
        } else if (t == Prim.STRING) {
            mc.runtime.call(mv, RuntimeSymbol.str_eq);
            mv.visitJumpInsn(when == BinaryOp.EQ ? Opcodes.IFNE : Opcodes.IFEQ, target);
        } else if (t == Prim.I64) {
            mv.visitInsn(Opcodes.LCMP);
            mv.visitJumpInsn(zeroJump(when), target);
        } else if (t == Prim.F64) {
            // NaN must make the written comparison false, whichever way the jump is negated
            mv.visitInsn(b.op() == BinaryOp.LT || b.op() == BinaryOp.LE ? Opcodes.DCMPG : Opcodes.DCMPL);
            mv.visitJumpInsn(zeroJump(when), target);
        } else {
            mv.visitJumpInsn(zeroJump(when) - Opcodes.IFEQ + Opcodes.IF_ICMPEQ, target);
        }
    }

    private static int zeroJump(BinaryOp when) {
        return switch (when) {
            case EQ -> Opcodes.IFEQ;
            case NE -> Opcodes.IFNE;
            case LT -> Opcodes.IFLT;
            case GE -> Opcodes.IFGE;
            case GT -> Opcodes.IFGT;
            case LE -> Opcodes.IFLE;
            default -> throw new IllegalArgumentException(when.name());
        };
    }
}
