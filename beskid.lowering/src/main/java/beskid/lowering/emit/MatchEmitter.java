package beskid.lowering.emit;

import beskid.abi.RuntimeSymbol;
import beskid.lowering.ast.BindingPattern;
import beskid.lowering.ast.LiteralPattern;
import beskid.lowering.ast.MatchArm;
import beskid.lowering.ast.MatchExpr;
import beskid.lowering.ast.Pattern;
import beskid.lowering.ast.VariantPattern;
import beskid.lowering.ast.WildcardPattern;
import beskid.lowering.sema.FieldSymbol;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.Type;
import beskid.lowering.sema.VariantSymbol;
import java.math.BigInteger;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * {@code match}: the scrutinee is stored once, then each arm tests its pattern (a variant is
 * an {@code instanceof} of its class), binds, checks its guard and yields its body's value.
 * The checker proved the arms exhaustive, so falling off the last arm cannot happen.
 */
final class MatchEmitter {
    private final MethodContext mc;
    private final MethodVisitor mv;

    MatchEmitter(MethodContext mc) {
        this.mc = mc;
        this.mv = mc.mv;
    }

    void match(MatchExpr m, Type result) {
        Type st = mc.exprs.finalType(m.scrutinee());
        String desc = mc.jvm.desc(st);
        mc.exprs.emit(m.scrutinee());
        int slot = mc.temp(desc);
        mv.visitVarInsn(JvmTypes.storeOpcode(desc), slot);
        Label end = new Label();
        for (MatchArm arm : m.arms()) {
            Label next = new Label();
            mc.line(arm.pos());
            test(arm.pattern(), slot, st, next);
            if (arm.guard() != null) {
                mc.exprs.operators.jumpIfFalse(arm.guard(), next);
            }
            mc.exprs.emit(arm.body());
            mv.visitJumpInsn(Opcodes.GOTO, end);
            mv.visitLabel(next);
        }
        mc.unreachable();
        mv.visitLabel(end);
    }

    /** Jumps to fail unless the value in slot matches p; binds p's names on success. */
    private void test(Pattern p, int slot, Type type, Label fail) {
        if (p instanceof WildcardPattern) {
            return;
        }
        if (p instanceof BindingPattern b) {
            mc.alias(mc.ann.local(b), slot);
            return;
        }
        String desc = mc.jvm.desc(type);
        if (p instanceof LiteralPattern l) {
            Object value = mc.ann.pattern(l);
            mv.visitVarInsn(JvmTypes.loadOpcode(desc), slot);
            if (value instanceof BigInteger v && type == Prim.I64) {
                mc.pushLong(v.longValue());
                mv.visitInsn(Opcodes.LCMP);
                mv.visitJumpInsn(Opcodes.IFNE, fail);
            } else if (value instanceof BigInteger v) {
                mc.pushInt(v.intValue());
                mv.visitJumpInsn(Opcodes.IF_ICMPNE, fail);
            } else if (value instanceof Integer codePoint) {
                mc.pushInt(codePoint);
                mv.visitJumpInsn(Opcodes.IF_ICMPNE, fail);
            } else if (value instanceof Boolean b) {
                mv.visitJumpInsn(b ? Opcodes.IFEQ : Opcodes.IFNE, fail);
            } else {
                mc.pushString((String) value);
                mc.runtime.call(mv, RuntimeSymbol.str_eq);
                mv.visitJumpInsn(Opcodes.IFEQ, fail);
            }
            return;
        }
        VariantPattern vp = (VariantPattern) p;
        VariantSymbol v = (VariantSymbol) mc.ann.pattern(vp);
        String cls = v.internalName();
        mv.visitVarInsn(Opcodes.ALOAD, slot);
        mv.visitTypeInsn(Opcodes.INSTANCEOF, cls);
        mv.visitJumpInsn(Opcodes.IFEQ, fail);
        for (int i = 0; i < vp.fields().size(); i++) {
            Pattern sub = vp.fields().get(i);
            if (sub instanceof WildcardPattern) {
                continue;
            }
            FieldSymbol f = v.fields().get(i);
            Type subType = mc.ann.patternType(sub);
            mv.visitVarInsn(Opcodes.ALOAD, slot);
            mv.visitTypeInsn(Opcodes.CHECKCAST, cls);
            mv.visitFieldInsn(Opcodes.GETFIELD, cls, f.name(), mc.jvm.desc(f.type()));
            mc.values.fromErased(f.type(), subType);
            String subDesc = mc.jvm.desc(subType);
            int subSlot = mc.temp(subDesc);
            mv.visitVarInsn(JvmTypes.storeOpcode(subDesc), subSlot);
            test(sub, subSlot, subType, fail);
        }
    }
}
