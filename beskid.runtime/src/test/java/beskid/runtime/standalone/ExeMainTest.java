package beskid.runtime.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.abi.RunContext;
import beskid.runtime.symbols.SymbolImplementations;
import beskid.runtime.testing.HiddenEntry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The executable jar's entry: the manifest names the program's class and method, the run's exit
 * code becomes the process's, and a jar naming no usable entry exits 3 with a message.
 */
class ExeMainTest {
    @TempDir
    Path jar;

    /** Programs the manifests below name. */
    public static final class Program {
        static int main() {
            SymbolImplementations.syscall_write(1, "from the exe\n");
            return 300;
        }

        int instanceMain() {
            return 0;
        }
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

    private int runWithManifest(String... attributes) throws IOException {
        Path manifest = jar.resolve("META-INF/MANIFEST.MF");
        Files.createDirectories(manifest.getParent());
        Files.writeString(manifest, "Manifest-Version: 1.0\n" + String.join("\n", attributes) + "\n\n");
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {jar.toUri().toURL()}, ExeMainTest.class.getClassLoader())) {
            return ExeMain.run(
                    loader,
                    17,
                    RunContext.of(out, err, new ByteArrayInputStream(new byte[0]), List.of("a", "b")),
                    new PrintStream(diagnostics, true, StandardCharsets.UTF_8));
        }
    }

    @Test
    void testRun_theManifestsEntryRunsAndItsExitCodeIsTheProcesss() throws IOException {
        int exit = runWithManifest("Beskid-Entry-Class: " + Program.class.getName(), "Beskid-Entry-Method: main");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("from the exe\n");
        assertThat(exit).isEqualTo(300 % 256);
        assertThat(diagnostics.size()).isZero();
    }

    @Test
    void testRun_anEntryThatIsNotPublicStillRuns() throws IOException {
        int exit = runWithManifest("Beskid-Entry-Class: " + HiddenEntry.class.getName(), "Beskid-Entry-Method: main");
        assertThat(diagnostics.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isEqualTo(HiddenEntry.EXIT);
    }

    @Test
    void testRun_noEntryInTheManifestIsABrokenExecutable() throws IOException {
        int exit = runWithManifest("Main-Class: " + ExeMain.class.getName());
        assertThat(exit).isEqualTo(3);
        assertThat(diagnostics.toString(StandardCharsets.UTF_8))
                .isEqualTo("beskid: broken executable: no Beskid-Entry-Class in the jar manifest"
                        + System.lineSeparator());
        assertThat(out.size()).isZero();
    }

    @Test
    void testRun_anInstanceMethodIsRefused() throws IOException {
        int exit =
                runWithManifest("Beskid-Entry-Class: " + Program.class.getName(), "Beskid-Entry-Method: instanceMain");
        assertThat(exit).isEqualTo(3);
        assertThat(diagnostics.toString(StandardCharsets.UTF_8))
                .contains("entry " + Program.class.getName() + ".instanceMain is not static");
    }

    @Test
    void testRun_aMissingClassIsABrokenExecutable() throws IOException {
        int exit = runWithManifest("Beskid-Entry-Class: no.such.Main", "Beskid-Entry-Method: main");
        assertThat(exit).isEqualTo(3);
        assertThat(diagnostics.toString(StandardCharsets.UTF_8))
                .startsWith("beskid: broken executable: ")
                .contains("no.such.Main");
    }

    @Test
    void testRun_aTargetNewerThanTheJvmIsOneLineAndExit3BeforeAnythingRuns() throws IOException {
        int exit = runWithManifest(
                "Beskid-Entry-Class: " + Program.class.getName(), "Beskid-Entry-Method: main", "Beskid-Target: jvm21");
        assertThat(exit).isEqualTo(3);
        assertThat(diagnostics.toString(StandardCharsets.UTF_8))
                .isEqualTo("beskid: this program needs Java 21 or newer; running on 17" + System.lineSeparator());
        assertThat(out.size()).isZero();
    }

    @Test
    void testRun_theTargetOfTheRunningJvmRuns() throws IOException {
        int exit = runWithManifest(
                "Beskid-Entry-Class: " + Program.class.getName(), "Beskid-Entry-Method: main", "Beskid-Target: jvm17");
        assertThat(exit).isEqualTo(300 % 256);
        assertThat(diagnostics.size()).isZero();
    }

    /** A bound entry as the AOT link step writes one, here returning a constant. */
    private void writeBoundEntry(long value) throws IOException {
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        String name = ExeMain.BOUND_ENTRY.replace('.', '/');
        w.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, name, null, "java/lang/Object", new String[] {
            "java/util/function/LongSupplier"
        });
        MethodVisitor init = w.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor get = w.visitMethod(Opcodes.ACC_PUBLIC, "getAsLong", "()J", null, null);
        get.visitCode();
        get.visitLdcInsn(value);
        get.visitInsn(Opcodes.LRETURN);
        get.visitMaxs(0, 0);
        get.visitEnd();
        Path file = jar.resolve(name + ".class");
        Files.createDirectories(file.getParent());
        Files.write(file, w.toByteArray());
    }

    @Test
    void testRun_aBoundEntryRunsWithoutTheManifestsEntry() throws IOException {
        writeBoundEntry(300);
        int exit = runWithManifest("Main-Class: " + ExeMain.class.getName());
        assertThat(diagnostics.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isEqualTo(300 % 256);
    }
}
