package beskid.lowering.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

class ArtifactClassLoaderTest {
    /** A class whose static {@code run()} creates one object of the given class and returns its hash. */
    private static byte[] classUsing(String name, String type) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, name, null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "run", "()I", null, null);
        mv.visitCode();
        mv.visitTypeInsn(Opcodes.NEW, type);
        mv.visitInsn(Opcodes.DUP);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, type, "<init>", "()V", false);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Object", "hashCode", "()I", false);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static Object run(String name, String type) throws Exception {
        ArtifactClassLoader loader = new ArtifactClassLoader(
                Map.of(name.replace('/', '.'), classUsing(name, type)), ArtifactClassLoaderTest.class.getClassLoader());
        return Class.forName(name.replace('/', '.'), true, loader)
                .getMethod("run")
                .invoke(null);
    }

    @Test
    void generatedCodeReachesJavaLangAndItsOwnClasses() throws Exception {
        assertThat(run("prog/ok", "java/lang/StringBuilder")).isInstanceOf(Integer.class);
    }

    @Test
    void generatedCodeCannotReachOtherJdkPackages() {
        assertThatThrownBy(() -> run("prog/io", "java/util/ArrayList"))
                .isInstanceOf(InvocationTargetException.class)
                .cause()
                .isInstanceOf(NoClassDefFoundError.class)
                .hasMessageContaining("java/util/ArrayList");
    }

    @Test
    void abiClassesComeFromTheBackendsLoader() throws Exception {
        ArtifactClassLoader loader = new ArtifactClassLoader(Map.of(), ArtifactClassLoaderTest.class.getClassLoader());
        assertThat(loader.loadClass("beskid.abi.Linkage")).isSameAs(beskid.abi.Linkage.class);
        assertThatThrownBy(() -> loader.loadClass("beskid.lowering.api.LoweringService"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
