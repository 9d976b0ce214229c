package beskid.lowering.emit;

import beskid.abi.RuntimeSymbol;
import beskid.lowering.sema.Annotations;
import beskid.lowering.sema.ContractSymbol;
import beskid.lowering.sema.EventSymbol;
import beskid.lowering.sema.FieldSymbol;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.StructSymbol;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A {@code type}: a final class with a public field per field, an Object field per event
 * (the runtime's handler list, created empty by the constructor with {@code event_new}), the
 * interfaces of its contracts and its methods.
 */
final class TypeEmitter {
    private final EmitContext emit;

    TypeEmitter(EmitContext emit) {
        this.emit = emit;
    }

    void emit(StructSymbol s, Annotations ann) {
        ClassWriter cw = emit.model.newWriter();
        String[] interfaces =
                s.contracts().stream().map(ContractSymbol::internalName).toArray(String[]::new);
        cw.visit(
                Opcodes.V17,
                Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
                s.internalName(),
                null,
                JvmTypes.OBJECT,
                interfaces);
        emit.source(cw, s.internalName(), s.module());
        for (FieldSymbol f : s.fields().values()) {
            cw.visitField(Opcodes.ACC_PUBLIC, f.name(), emit.jvm.desc(f.type()), null, null)
                    .visitEnd();
        }
        for (EventSymbol e : s.events().values()) {
            cw.visitField(Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, e.name(), JvmTypes.OBJECT_DESC, null, null)
                    .visitEnd();
        }
        constructor(cw, s);
        ClassContext cls = new ClassContext(emit, s.internalName(), cw, ann);
        FunctionWriter writer = new FunctionWriter(cls);
        for (FunctionSymbol m : s.methods().values()) {
            writer.function(m, true);
        }
        cls.drainLambdas();
        cw.visitEnd();
        emit.add(s.internalName(), cw.toByteArray());
    }

    private void constructor(ClassWriter cw, StructSymbol s) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, JvmTypes.OBJECT, "<init>", "()V", false);
        for (EventSymbol e : s.events().values()) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitLdcInsn((long) e.capacity());
            emit.runtime.call(mv, RuntimeSymbol.event_new);
            mv.visitFieldInsn(Opcodes.PUTFIELD, s.internalName(), e.name(), JvmTypes.OBJECT_DESC);
        }
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
