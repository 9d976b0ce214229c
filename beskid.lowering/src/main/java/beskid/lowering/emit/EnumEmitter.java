package beskid.lowering.emit;

import beskid.lowering.sema.Annotations;
import beskid.lowering.sema.EnumSymbol;
import beskid.lowering.sema.FieldSymbol;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.TypeParam;
import beskid.lowering.sema.VariantSymbol;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * An {@code enum}: an abstract base class (holding the enum's methods) and one final subclass
 * per variant with its fields; a variant without fields is a single shared instance. Each
 * variant knows the message a failed {@code ?} panics with.
 */
final class EnumEmitter {
    /** The static field holding the instance of a variant without fields. */
    static final String INSTANCE = "INSTANCE";
    /** The method giving a failed {@code ?}'s panic message: the variant name and string payload. */
    static final String TRY_MESSAGE = "$tryMessage";

    private final EmitContext emit;

    EnumEmitter(EmitContext emit) {
        this.emit = emit;
    }

    void emit(EnumSymbol e, Annotations ann) {
        ClassWriter cw = emit.model.newWriter();
        cw.visit(
                Opcodes.V17,
                Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT | Opcodes.ACC_SUPER,
                e.internalName(),
                null,
                JvmTypes.OBJECT,
                null);
        emit.source(cw, e.internalName(), e.module());
        MethodVisitor init = cw.visitMethod(Opcodes.ACC_PROTECTED, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, JvmTypes.OBJECT, "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, TRY_MESSAGE, "()Ljava/lang/String;", null, null)
                .visitEnd();
        ClassContext cls = new ClassContext(emit, e.internalName(), cw, ann);
        FunctionWriter writer = new FunctionWriter(cls);
        for (FunctionSymbol m : e.methods().values()) {
            writer.function(m, true);
        }
        cls.drainLambdas();
        cw.visitEnd();
        emit.add(e.internalName(), cw.toByteArray());
        for (VariantSymbol v : e.variants()) {
            variant(e, v);
        }
    }

    private void variant(EnumSymbol e, VariantSymbol v) {
        String cls = v.internalName();
        ClassWriter cw = emit.model.newWriter();
        cw.visit(
                Opcodes.V17,
                Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
                cls,
                null,
                e.internalName(),
                null);
        emit.source(cw, cls, e.module());
        StringBuilder desc = new StringBuilder("(");
        for (FieldSymbol f : v.fields()) {
            String d = emit.jvm.desc(f.type());
            desc.append(d);
            cw.visitField(Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, f.name(), d, null, null)
                    .visitEnd();
        }
        MethodVisitor mv =
                cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", desc.append(")V").toString(), null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, e.internalName(), "<init>", "()V", false);
        int slot = 1;
        for (FieldSymbol f : v.fields()) {
            String d = emit.jvm.desc(f.type());
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(JvmTypes.loadOpcode(d), slot);
            mv.visitFieldInsn(Opcodes.PUTFIELD, cls, f.name(), d);
            slot += JvmTypes.size(d);
        }
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        if (v.fields().isEmpty()) {
            singleton(cw, cls);
        }
        tryMessage(cw, v);
        cw.visitEnd();
        emit.add(cls, cw.toByteArray());
    }

    private static void singleton(ClassWriter cw, String cls) {
        cw.visitField(
                        Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL,
                        INSTANCE,
                        "L" + cls + ";",
                        null,
                        null)
                .visitEnd();
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
        mv.visitCode();
        mv.visitTypeInsn(Opcodes.NEW, cls);
        mv.visitInsn(Opcodes.DUP);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, cls, "<init>", "()V", false);
        mv.visitFieldInsn(Opcodes.PUTSTATIC, cls, INSTANCE, "L" + cls + ";");
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** {@code "Variant"}, or {@code "Variant: payload"} when the first field holds a string. */
    private void tryMessage(ClassWriter cw, VariantSymbol v) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, TRY_MESSAGE, "()Ljava/lang/String;", null, null);
        mv.visitCode();
        FieldSymbol first = v.fields().isEmpty() ? null : v.fields().get(0);
        boolean maybeString = first != null && (first.type() == Prim.STRING || first.type() instanceof TypeParam);
        if (maybeString) {
            Label plain = new Label();
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitFieldInsn(Opcodes.GETFIELD, v.internalName(), first.name(), emit.jvm.desc(first.type()));
            mv.visitInsn(Opcodes.DUP);
            mv.visitTypeInsn(Opcodes.INSTANCEOF, JvmTypes.STRING);
            mv.visitJumpInsn(Opcodes.IFEQ, plain);
            mv.visitTypeInsn(Opcodes.CHECKCAST, JvmTypes.STRING);
            mv.visitLdcInsn(v.name() + ": ");
            mv.visitInsn(Opcodes.SWAP);
            mv.visitMethodInsn(
                    Opcodes.INVOKEVIRTUAL, JvmTypes.STRING, "concat", "(Ljava/lang/String;)Ljava/lang/String;", false);
            mv.visitInsn(Opcodes.ARETURN);
            mv.visitLabel(plain);
            mv.visitInsn(Opcodes.POP);
        }
        mv.visitLdcInsn(v.name());
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
