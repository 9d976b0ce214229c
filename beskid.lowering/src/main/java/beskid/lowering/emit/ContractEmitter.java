package beskid.lowering.emit;

import beskid.lowering.sema.ContractSymbol;
import beskid.lowering.sema.FunctionSymbol;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/** A {@code contract}: an interface whose embedded contracts are its super-interfaces. */
final class ContractEmitter {
    private final EmitContext emit;

    ContractEmitter(EmitContext emit) {
        this.emit = emit;
    }

    void emit(ContractSymbol c) {
        ClassWriter cw = emit.model.newWriter();
        String[] supers =
                c.embedded().stream().map(ContractSymbol::internalName).toArray(String[]::new);
        cw.visit(
                Opcodes.V17,
                Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE,
                c.internalName(),
                null,
                JvmTypes.OBJECT,
                supers);
        emit.source(cw, c.internalName(), c.module());
        for (FunctionSymbol m : c.methods().values()) {
            cw.visitMethod(
                            Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT,
                            JvmTypes.methodName(m),
                            emit.jvm.methodDesc(m),
                            null,
                            null)
                    .visitEnd();
        }
        cw.visitEnd();
        emit.add(c.internalName(), cw.toByteArray());
    }
}
