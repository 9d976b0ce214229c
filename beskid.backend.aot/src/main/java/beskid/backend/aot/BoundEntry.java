package beskid.backend.aot;

import beskid.lowering.api.EntryPoint;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * An executable's bound entry: a class implementing {@code java.util.function.LongSupplier}
 * whose {@code getAsLong} calls the program's {@code main} and widens its value ({@code unit}
 * gives 0). The exe's main finds it by its fixed name and runs the program without reading
 * the manifest, without reflection on the program and without a method handle. Only a public
 * static main of a public class can be bound so; any other starts from the manifest's entry.
 */
final class BoundEntry {
    /** Binary name of the generated class (the runtime's ExeMain.BOUND_ENTRY); lowered code lives in other packages. */
    static final String CLASS_NAME = "beskid.exe.BoundEntry";

    private static final String INTERNAL_NAME = CLASS_NAME.replace('.', '/');

    private BoundEntry() {}

    /** The bound entry's class file, or null when {@code entry} cannot be called from it. */
    static byte[] of(EntryPoint entry, byte[] entryClassFile) {
        if (entryClassFile == null || !publicStatic(entry, entryClassFile)) {
            return null;
        }
        String owner = entry.className().replace('.', '/');
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        w.visit(
                Opcodes.V17,
                Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
                INTERNAL_NAME,
                null,
                "java/lang/Object",
                new String[] {"java/util/function/LongSupplier"});
        MethodVisitor init = w.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor get = w.visitMethod(Opcodes.ACC_PUBLIC, "getAsLong", "()J", null, null);
        get.visitCode();
        get.visitMethodInsn(Opcodes.INVOKESTATIC, owner, entry.methodName(), entry.descriptor(), false);
        switch (entry.descriptor()) {
            case "()I":
                get.visitInsn(Opcodes.I2L);
                break;
            case "()V":
                get.visitInsn(Opcodes.LCONST_0);
                break;
            default: // ()J
                break;
        }
        get.visitInsn(Opcodes.LRETURN);
        get.visitMaxs(0, 0);
        get.visitEnd();
        w.visitEnd();
        return w.toByteArray();
    }

    private static boolean publicStatic(EntryPoint entry, byte[] classFile) {
        String d = entry.descriptor();
        if (!d.equals("()I") && !d.equals("()J") && !d.equals("()V")) {
            return false;
        }
        return PublicStatics.of(classFile).contains(entry.methodName() + d);
    }
}
