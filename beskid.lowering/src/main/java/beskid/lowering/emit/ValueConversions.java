package beskid.lowering.emit;

import beskid.lowering.sema.FnType;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.Type;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Conversions between value representations: the implicit integer conversions the checker
 * recorded, dropping unused values, and the boundary of erased generics (a generic
 * parameter, field or interop argument is an Object: primitives are boxed on the way in,
 * unboxed on the way out, where null stands for the zero value 0, false or "").
 */
final class ValueConversions {
    private final MethodContext mc;
    private final MethodVisitor mv;

    ValueConversions(MethodContext mc) {
        this.mc = mc;
        this.mv = mc.mv;
    }

    /** A conversion the checker recorded: integers, dropping a value, or none (struct to contract). */
    void convert(Type from, Type to) {
        if (to == Prim.UNIT) {
            drop(from);
            return;
        }
        if (from == Prim.NEVER || from.equals(to)) {
            return;
        }
        if (from == Prim.I64 && (to == Prim.I32 || to == Prim.U8)) {
            mv.visitInsn(Opcodes.L2I);
            if (to == Prim.U8) {
                maskU8();
            }
        } else if ((from == Prim.I32 || from == Prim.U8) && to == Prim.I64) {
            mv.visitInsn(Opcodes.I2L);
        } else if (from == Prim.I32 && to == Prim.U8) {
            maskU8();
        } else if (from instanceof FnType f
                && to instanceof FnType g
                && !mc.jvm.desc(f).equals(mc.jvm.desc(g))) {
            mc.closures.adapt(f, g);
        }
    }

    /** Keeps the low 8 bits: u8 arithmetic wraps at 256. */
    void maskU8() {
        mc.pushInt(0xFF);
        mv.visitInsn(Opcodes.IAND);
    }

    /** Pops a value of type t, if it has one. */
    void drop(Type t) {
        if (t == Prim.UNIT || t == Prim.NEVER) {
            return;
        }
        mv.visitInsn(JvmTypes.size(mc.jvm.desc(t)) == 2 ? Opcodes.POP2 : Opcodes.POP);
    }

    /** Converts a value of the concrete type {@code actual} to the representation of {@code declared} (maybe generic). */
    void toErased(Type actual, Type declared) {
        reinterpret(actual, declared);
    }

    /** Converts a value in the representation of {@code declared} to the concrete type {@code actual}. */
    void fromErased(Type declared, Type actual) {
        reinterpret(declared, actual);
    }

    /**
     * Changes the representation of a value between two types that are the same up to
     * erasure: Object to a primitive or a class (unbox, cast), a primitive to Object (box),
     * or one function shape to another.
     */
    void reinterpret(Type from, Type to) {
        String fd = mc.jvm.desc(from);
        String td = mc.jvm.desc(to);
        if (fd.equals(td)) {
            return;
        }
        if (fd.equals(JvmTypes.OBJECT_DESC)) {
            fromObject(to);
        } else if (td.equals(JvmTypes.OBJECT_DESC)) {
            toObject(from);
        } else if (from instanceof FnType f && to instanceof FnType g) {
            mc.closures.adapt(f, g);
        }
    }

    /** Converts a value of type t on the stack to an Object (primitives boxed). */
    void toObject(Type t) {
        String d = mc.jvm.desc(t);
        if (!JvmTypes.isReference(d) && !d.equals("V")) {
            box(d);
        }
    }

    /** Converts an Object on the stack to type t (null becomes t's zero value). */
    void fromObject(Type t) {
        String d = mc.jvm.desc(t);
        if (d.equals(JvmTypes.OBJECT_DESC) || d.equals("V")) {
            return;
        }
        if (!JvmTypes.isReference(d)) {
            unbox(d);
        } else if (t == Prim.STRING) {
            Label present = new Label();
            Label done = new Label();
            mv.visitInsn(Opcodes.DUP);
            mv.visitJumpInsn(Opcodes.IFNONNULL, present);
            mv.visitInsn(Opcodes.POP);
            mv.visitLdcInsn("");
            mv.visitJumpInsn(Opcodes.GOTO, done);
            mv.visitLabel(present);
            mv.visitTypeInsn(Opcodes.CHECKCAST, JvmTypes.STRING);
            mv.visitLabel(done);
        } else {
            mv.visitTypeInsn(Opcodes.CHECKCAST, mc.jvm.internalName(t));
        }
    }

    void box(String desc) {
        switch (desc) {
            case "I" ->
                mv.visitMethodInsn(
                        Opcodes.INVOKESTATIC, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", false);
            case "J" ->
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Long", "valueOf", "(J)Ljava/lang/Long;", false);
            case "Z" ->
                mv.visitMethodInsn(
                        Opcodes.INVOKESTATIC, "java/lang/Boolean", "valueOf", "(Z)Ljava/lang/Boolean;", false);
            case "D" ->
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Double", "valueOf", "(D)Ljava/lang/Double;", false);
            default -> throw new IllegalStateException("cannot box " + desc);
        }
    }

    private void unbox(String desc) {
        Label present = new Label();
        Label done = new Label();
        mv.visitInsn(Opcodes.DUP);
        mv.visitJumpInsn(Opcodes.IFNONNULL, present);
        mv.visitInsn(Opcodes.POP);
        switch (desc) {
            case "J" -> mv.visitInsn(Opcodes.LCONST_0);
            case "D" -> mv.visitInsn(Opcodes.DCONST_0);
            default -> mv.visitInsn(Opcodes.ICONST_0);
        }
        mv.visitJumpInsn(Opcodes.GOTO, done);
        mv.visitLabel(present);
        switch (desc) {
            case "I" -> unboxWith("java/lang/Integer", "intValue", "()I");
            case "J" -> unboxWith("java/lang/Long", "longValue", "()J");
            case "Z" -> unboxWith("java/lang/Boolean", "booleanValue", "()Z");
            case "D" -> unboxWith("java/lang/Double", "doubleValue", "()D");
            default -> throw new IllegalStateException("cannot unbox " + desc);
        }
        mv.visitLabel(done);
    }

    private void unboxWith(String owner, String method, String desc) {
        mv.visitTypeInsn(Opcodes.CHECKCAST, owner);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, owner, method, desc, false);
    }
}
