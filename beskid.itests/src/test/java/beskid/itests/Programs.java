package beskid.itests;

import beskid.abi.Abi;
import beskid.abi.ExecutionEntry;
import beskid.abi.RunContext;
import beskid.abi.RunOutcome;
import beskid.abi.RuntimeSymbol;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Programs as lowering emits them, generated with ASM inside the framework: a class whose
 * static {@code ()I main} calls the runtime only through invokedynamic sites bootstrapped by
 * {@code beskid/abi/Linkage.bootstrap}. Its loader's parent is the test probe's, which imports
 * beskid.abi, so the sites link against the runtime bundle's export.
 */
final class Programs {
    private static final Handle BOOTSTRAP = new Handle(
            Opcodes.H_INVOKESTATIC, Abi.LINKAGE_INTERNAL_NAME, Abi.BOOTSTRAP_NAME, Abi.BOOTSTRAP_DESCRIPTOR, false);

    /** What one run produced. */
    record Run(RunOutcome outcome, String stdout, String stderr) {}

    private Programs() {}

    /** {@code i32 main() { syscall_write(fd, text); return exit; }}. */
    static MethodHandle writeThenReturn(long fd, String text, int exit) {
        return main(mv -> {
            mv.visitLdcInsn(fd);
            mv.visitLdcInsn(text);
            mv.visitInvokeDynamicInsn(
                    RuntimeSymbol.syscall_write.name(), RuntimeSymbol.syscall_write.descriptor(), BOOTSTRAP);
            mv.visitInsn(Opcodes.POP2);
            mv.visitLdcInsn(exit);
            mv.visitInsn(Opcodes.IRETURN);
        });
    }

    /** {@code i32 main() { return (i32) syscall_write(fd, text); }}: the exit code is what the write returned. */
    static MethodHandle returnWriteResult(long fd, String text) {
        return main(mv -> {
            mv.visitLdcInsn(fd);
            mv.visitLdcInsn(text);
            mv.visitInvokeDynamicInsn(
                    RuntimeSymbol.syscall_write.name(), RuntimeSymbol.syscall_write.descriptor(), BOOTSTRAP);
            mv.visitInsn(Opcodes.L2I);
            mv.visitInsn(Opcodes.IRETURN);
        });
    }

    static Run run(ExecutionEntry entry, MethodHandle main) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunOutcome outcome =
                entry.execute(main, RunContext.of(out, err, new ByteArrayInputStream(new byte[0]), List.of()));
        return new Run(outcome, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static int counter;

    private static synchronized MethodHandle main(java.util.function.Consumer<MethodVisitor> body) {
        String name = "gen/Program" + (++counter);
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(
                Opcodes.V17,
                Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
                name,
                null,
                "java/lang/Object",
                null);
        cw.visitSource("Main.bd", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "main", "()I", null, null);
        mv.visitCode();
        body.accept(mv);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        byte[] bytes = cw.toByteArray();
        Class<?> cls = new Loader(Programs.class.getClassLoader()).define(name.replace('/', '.'), bytes);
        try {
            return MethodHandles.publicLookup().findStatic(cls, "main", MethodType.methodType(int.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Loader extends ClassLoader {
        Loader(ClassLoader parent) {
            super(parent);
        }

        Class<?> define(String name, byte[] bytes) {
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
