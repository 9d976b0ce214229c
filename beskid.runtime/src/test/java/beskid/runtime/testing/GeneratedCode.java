package beskid.runtime.testing;

import beskid.abi.Abi;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.Consumer;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * Generates small classes the way lowering does: static methods whose runtime calls are
 * {@code invokedynamic} sites named by the symbol and bootstrapped by {@code beskid.abi.Linkage}.
 * Every class is checked with {@link CheckClassAdapter} before it is defined.
 */
public final class GeneratedCode {
    /** The single bootstrap every runtime call site names. */
    public static final Handle BOOTSTRAP = new Handle(
            Opcodes.H_INVOKESTATIC, Abi.LINKAGE_INTERNAL_NAME, Abi.BOOTSTRAP_NAME, Abi.BOOTSTRAP_DESCRIPTOR, false);

    private GeneratedCode() {}

    /**
     * A public class {@code name} with one public static method {@code method} of {@code descriptor},
     * whose body {@code body} emits (including its return); returns a handle to that method.
     *
     * @param sourceFile the SourceFile attribute (e.g. {@code Main.bd}), or null
     */
    public static MethodHandle method(
            String name, String sourceFile, String method, String descriptor, Consumer<MethodVisitor> body) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(
                Opcodes.V17,
                Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
                name,
                null,
                "java/lang/Object",
                null);
        if (sourceFile != null) {
            cw.visitSource(sourceFile, null);
        }
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, method, descriptor, null, null);
        mv.visitCode();
        body.accept(mv);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        byte[] bytes = cw.toByteArray();
        check(bytes);
        try {
            Class<?> cls = new Loader(GeneratedCode.class.getClassLoader()).define(name.replace('/', '.'), bytes);
            return MethodHandles.publicLookup()
                    .findStatic(cls, method, MethodType.fromMethodDescriptorString(descriptor, cls.getClassLoader()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Emits a call site of a non-dispatch symbol. */
    public static void callSymbol(MethodVisitor mv, String symbol, String descriptor) {
        mv.visitInvokeDynamicInsn(symbol, descriptor, BOOTSTRAP);
    }

    /** Emits an interop dispatch call site carrying its tag id as the bootstrap argument. */
    public static void callInterop(MethodVisitor mv, String dispatchSymbol, String descriptor, int tagId) {
        mv.visitInvokeDynamicInsn(dispatchSymbol, descriptor, BOOTSTRAP, tagId);
    }

    private static void check(byte[] bytes) {
        StringWriter problems = new StringWriter();
        CheckClassAdapter.verify(
                new ClassReader(bytes), GeneratedCode.class.getClassLoader(), false, new PrintWriter(problems));
        if (!problems.toString().isEmpty()) {
            throw new IllegalStateException("generated class does not verify:\n" + problems);
        }
    }

    /** A loader per generated class, child of the test loader so that beskid.abi is visible. */
    private static final class Loader extends ClassLoader {
        Loader(ClassLoader parent) {
            super(parent);
        }

        Class<?> define(String name, byte[] bytes) {
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
