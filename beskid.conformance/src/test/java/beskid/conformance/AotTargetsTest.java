package beskid.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import beskid.lowering.api.ArtifactKind;
import beskid.lowering.api.BuildRequest;
import beskid.lowering.api.BuildResult;
import beskid.lowering.api.SourceSet;
import beskid.lowering.api.SourceUnit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** AOT targets, kinds and determinism, checked on real JDKs (the host's and JDK 25 when installed). */
class AotTargetsTest {
    private static final SourceUnit HELLO = SourceUnit.of(
            "hello.bd", "use Std.System.IO;\ni32 main() {\n    IO.Println(\"Hello, Beskid!\");\n    return 3;\n}\n");

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"jvm17", "jvm21", "jvm25"})
    void everyTargetRunsOnJdk25AndCarriesItsClassFileVersion(String target) throws Exception {
        byte[] jar = build(ArtifactKind.EXE, target);
        int expectedMajor = switch (target) {
            case "jvm17" -> 61;
            case "jvm21" -> 65;
            default -> 69;
        };
        assertThat(programClassMajors(jar)).containsOnly(expectedMajor);
        Path jdk25 = jdk25();
        assumeTrue(jdk25 != null, "no JDK 25 under /usr/lib/jvm");
        Result r = javaJar(jdk25, jar);
        assertThat(r.stdout()).isEqualTo("Hello, Beskid!\n");
        assertThat(r.exit()).isEqualTo(3);
    }

    @Test
    void aNewerTargetIsRefusedByAnOlderJvm() throws Exception {
        assumeTrue(Runtime.version().feature() < 25, "host JVM already supports every target");
        Result r = javaJar(Path.of(System.getProperty("java.home")), build(ArtifactKind.EXE, "jvm25"));
        assertThat(r.exit()).isNotZero();
        assertThat(r.stderr()).contains("UnsupportedClassVersionError");
    }

    @ParameterizedTest
    @EnumSource(ArtifactKind.class)
    void buildingTwiceGivesByteIdenticalArtifacts(ArtifactKind kind) {
        BuildResult first = Toolchain.AOT.build(new BuildRequest(HELLO, kind, "jvm17"));
        BuildResult second = Toolchain.AOT.build(new BuildRequest(HELLO, kind, "jvm17"));
        assertThat(first.artifact().files().keySet())
                .isEqualTo(second.artifact().files().keySet());
        first.artifact()
                .files()
                .forEach((name, bytes) ->
                        assertThat(second.artifact().files().get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void aFileWithoutMainIsNotBuilt() {
        BuildResult r = Toolchain.AOT.build(new BuildRequest(
                SourceUnit.of("lib.bd", "i32 two() {\n    return 2;\n}\n"), ArtifactKind.EXE, "jvm17"));
        assertThat(r.artifact()).isNull();
        assertThat(r.diagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("main"));
    }

    @Test
    void aProgramAcrossFilesShipsEveryModuleAndHashesEveryFile() throws IOException {
        Map<String, String> files = new HashMap<>(Map.of("util/mod.bd", "pub i32 seven() {\n    return 7;\n}\n"));
        SourceUnit entry = SourceUnit.of("app.bd", "pub mod util;\ni32 main() {\n    return util.seven();\n}\n");
        SourceSet program = new SourceSet(entry, path -> {
            String text = files.get(path);
            return text == null ? null : SourceUnit.of(path, text);
        });
        BuildResult first = Toolchain.AOT.build(new BuildRequest(program, ArtifactKind.EXE, "jvm17"));
        assertThat(first.diagnostics()).isEmpty();
        Manifest manifest;
        List<String> classes = new ArrayList<>();
        try (JarInputStream in =
                new JarInputStream(new ByteArrayInputStream(first.artifact().jar()))) {
            manifest = in.getManifest();
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                classes.add(e.getName());
            }
        }
        assertThat(classes).contains("prog/app.class", "prog/app$util.class");
        String hash = manifest.getMainAttributes().getValue("Beskid-Source-Hash");
        assertThat(hash).isEqualTo(Toolchain.LOWERING.lower(program).artifact().sourceHash());

        files.put("util/mod.bd", "pub i32 seven() {\n    return 8;\n}\n");
        BuildResult changed = Toolchain.AOT.build(new BuildRequest(program, ArtifactKind.EXE, "jvm17"));
        try (JarInputStream in =
                new JarInputStream(new ByteArrayInputStream(changed.artifact().jar()))) {
            assertThat(in.getManifest().getMainAttributes().getValue("Beskid-Source-Hash"))
                    .as("a change in a module file changes the source hash")
                    .isNotEqualTo(hash);
        }
    }

    private static byte[] build(ArtifactKind kind, String target) {
        BuildResult r = Toolchain.AOT.build(new BuildRequest(HELLO, kind, target));
        assertThat(r.diagnostics()).isEmpty();
        return r.artifact().jar();
    }

    private static Stream<Integer> programClassMajorsStream(byte[] jar) throws IOException {
        Stream.Builder<Integer> majors = Stream.builder();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".class") && !e.getName().startsWith("beskid/")) {
                    byte[] b = in.readAllBytes();
                    majors.add(((b[6] & 0xFF) << 8) | (b[7] & 0xFF));
                }
            }
        }
        return majors.build();
    }

    private static java.util.List<Integer> programClassMajors(byte[] jar) throws IOException {
        return programClassMajorsStream(jar).toList();
    }

    private record Result(String stdout, String stderr, int exit) {}

    private Result javaJar(Path javaHome, byte[] jar) throws IOException, InterruptedException {
        Path file = Files.createTempFile(work, "prog", ".jar");
        Files.write(file, jar);
        Process p = new ProcessBuilder(javaHome.resolve("bin/java").toString(), "-jar", file.toString()).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(
                new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8),
                p.exitValue());
    }

    static Path jdk25() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        try (Stream<Path> dirs = Files.list(jvms)) {
            return dirs.filter(
                            d -> d.getFileName().toString().contains("25") && Files.isExecutable(d.resolve("bin/java")))
                    .sorted()
                    .findFirst()
                    .orElse(null);
        }
    }
}
