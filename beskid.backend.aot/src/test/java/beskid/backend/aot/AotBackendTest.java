package beskid.backend.aot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beskid.abi.RunContext;
import beskid.lowering.api.ArtifactKind;
import beskid.lowering.api.BuildRequest;
import beskid.lowering.api.BuildResult;
import beskid.lowering.api.Diagnostic;
import beskid.lowering.api.RunRequest;
import beskid.lowering.api.RunResult;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.api.SymbolImport;
import beskid.lowering.api.TestFilter;
import beskid.lowering.api.TestReport;
import beskid.lowering.api.TestRequest;
import beskid.lowering.api.TestResult;
import beskid.lowering.service.LoweringComponent;
import beskid.runtime.standalone.StandaloneRuntime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The AOT backend wired by hand: what each artifact kind contains for each target, that a
 * build with errors has no artifact, and that running and testing the built jar behave like
 * the program.
 */
class AotBackendTest {
    private static final byte[] RUNTIME_CLASS = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61};
    private static final AotBackend AOT = new AotBackend(new LoweringComponent(), StandaloneRuntime.start(), () -> {
        TreeMap<String, byte[]> image = new TreeMap<>();
        image.put("beskid/runtime/standalone/ExeMain.class", RUNTIME_CLASS);
        return image;
    });
    private static final String PROGRAM = """
            use Std.System.IO;
            i32 main() {
                IO.Println("aot");
                return 9;
            }
            """;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private static BuildResult build(String source, ArtifactKind kind, String target) {
        return AOT.build(new BuildRequest(SourceUnit.of("dir/prog.bd", source), kind, target));
    }

    private static List<String> entries(byte[] jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private RunContext context() {
        return RunContext.of(out, new ByteArrayOutputStream(), new ByteArrayInputStream(new byte[0]), List.of());
    }

    @Test
    void testNameAndTargets() {
        assertThat(AOT.name()).isEqualTo("aot");
        assertThat(AOT.targets()).containsExactly("jvm17", "jvm21", "jvm25");
    }

    @Test
    void testBuild_classesAreRetargetedClassFilesByPath() {
        BuildResult result = build(PROGRAM, ArtifactKind.CLASSES, "jvm21");
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.artifact().kind()).isEqualTo(ArtifactKind.CLASSES);
        assertThat(result.artifact().target()).isEqualTo("jvm21");
        assertThat(result.artifact().files().keySet())
                .allMatch(name -> name.endsWith(".class") && !name.contains("\\"));
        assertThat(result.artifact().files().keySet()).anyMatch(name -> name.startsWith("Std/System/"));
        assertThat(result.artifact().files().values()).allMatch(bytes -> bytes[7] == 65);
        assertThat(result.artifact().linkedSymbols())
                .extracting(SymbolImport::symbol)
                .contains("syscall_write");
    }

    @Test
    void testBuild_aJarHoldsTheClassesAndAnExeAlsoTheRuntime() throws IOException {
        BuildResult jar = build(PROGRAM, ArtifactKind.JAR, "jvm17");
        assertThat(jar.artifact().files()).containsOnlyKeys("prog.jar");
        List<String> jarEntries = entries(jar.artifact().jar());
        assertThat(jarEntries).isNotEmpty().doesNotContain("beskid/runtime/standalone/ExeMain.class");

        BuildResult exe = build(PROGRAM, ArtifactKind.EXE, "jvm17");
        List<String> exeEntries = entries(exe.artifact().jar());
        assertThat(exeEntries)
                .contains("beskid/runtime/standalone/ExeMain.class")
                .containsAll(jarEntries);
        try (JarInputStream in =
                new JarInputStream(new ByteArrayInputStream(exe.artifact().jar()))) {
            assertThat(in.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo(ArtifactManifest.EXE_MAIN);
        }
    }

    @Test
    void testBuild_anExeStoresItsEntriesAndAJarCompressesThem() throws IOException {
        // The JVM reads an exe's classes at every start: stored, it has nothing to inflate.
        assertThat(methods(build(PROGRAM, ArtifactKind.EXE, "jvm17").artifact().jar()))
                .containsOnly(ZipEntry.STORED);
        assertThat(methods(build(PROGRAM, ArtifactKind.JAR, "jvm17").artifact().jar()))
                .contains(ZipEntry.DEFLATED);
    }

    /** The compression method of every file entry of a jar. */
    private static Set<Integer> methods(byte[] jar) throws IOException {
        Set<Integer> methods = new TreeSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.isDirectory()) {
                    methods.add(e.getMethod());
                }
            }
        }
        return methods;
    }

    @Test
    void testBuild_errorsLeaveNoArtifact() {
        BuildResult result = build("i32 main() { return x; }\n", ArtifactKind.JAR, "jvm17");
        assertThat(result.diagnostics())
                .extracting(Diagnostic::header)
                .containsExactly("dir/prog.bd:1:21: error[E0201]: undefined name `x`");
        assertThat(result.artifact()).isNull();
    }

    @Test
    void testBuild_anUnknownTargetIsRefused() {
        assertThatThrownBy(() -> build(PROGRAM, ArtifactKind.JAR, "jvm8"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown target jvm8; valid: jvm17, jvm21, jvm25");
    }

    @Test
    void testRun_theBuiltJarRunsLikeTheProgram() {
        RunResult result = AOT.run(new RunRequest(SourceUnit.of("prog.bd", PROGRAM), context()));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.outcome().exitCode()).isEqualTo(9);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("aot\n");
        assertThat(result.boundSymbols()).extracting(SymbolImport::symbol).contains("syscall_write");
    }

    @Test
    void testRun_errorsStopTheRun() {
        RunResult result = AOT.run(new RunRequest(SourceUnit.of("prog.bd", "i32 helper() { return 1; }\n"), context()));
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("E0407");
        assertThat(result.outcome()).isNull();
        assertThat(result.boundSymbols()).isEmpty();
    }

    @Test
    void testRunTests_reportEachTestOrTheErrors() {
        TestReport report = AOT.runTests(new TestRequest(
                SourceUnit.of("t.bd", "test A { return; }\ntest B { __panic_str(\"b\"); }\n"),
                context(),
                TestFilter.ALL));
        assertThat(report.results())
                .extracting(TestResult::status)
                .containsExactly(TestResult.Status.PASS, TestResult.Status.FAIL);
        TestReport broken = AOT.runTests(
                new TestRequest(SourceUnit.of("t.bd", "test C { i32 x = \"s\"; }\n"), context(), TestFilter.ALL));
        assertThat(broken.diagnostics()).hasSize(1);
        assertThat(broken.results()).isEmpty();
    }
}
