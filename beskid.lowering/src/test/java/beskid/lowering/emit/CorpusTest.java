package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import beskid.lowering.api.Diagnostic;
import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.api.TestCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every program of the shared conformance corpus lowers and runs with exactly the
 * expectations of its {@code //!} lines (exit code, whole stdout, stderr fragments, compile
 * errors, test summaries).
 */
class CorpusTest {
    static Path corpus() {
        for (Path p : List.of(Paths.get("../../shared/corpus"), Paths.get("/work/shared/corpus"))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    static Stream<Path> programs() throws IOException {
        Path dir = corpus();
        if (dir == null) {
            return Stream.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".bd")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void runsAsExpected(Path file) {
        assumeTrue(corpus() != null, "corpus not found");
        String source = read(file);
        List<String> stdout = new ArrayList<>();
        List<String> stderr = new ArrayList<>();
        String raw = null;
        Integer exit = null;
        String compileError = null;
        String summary = null;
        for (String line : source.split("\n")) {
            if (!line.startsWith("//! ")) {
                continue;
            }
            String body = line.substring(4);
            int colon = body.indexOf(':');
            String key = body.substring(0, colon);
            String value =
                    body.substring(colon + 1).startsWith(" ") ? body.substring(colon + 2) : body.substring(colon + 1);
            switch (key) {
                case "exit" -> exit = Integer.parseInt(value.trim());
                case "stdout" -> stdout.add(value);
                case "stdout-raw" -> raw = value.replace("\\n", "\n");
                case "stderr-contains" -> stderr.add(value);
                case "compile-error" -> compileError = value;
                case "test-summary" -> summary = value;
                default -> throw new AssertionError("unknown expectation " + key + " in " + file);
            }
        }
        String name = file.getFileName().toString();
        if (compileError != null) {
            expectCompileError(name, source, compileError);
            return;
        }
        if (summary != null) {
            expectSummary(name, source, summary);
            return;
        }
        Programs.Run r = Programs.run(name, source);
        String expectedOut = raw != null ? raw : stdout.isEmpty() ? "" : String.join("\n", stdout) + "\n";
        assertThat(r.out())
                .as("stdout of " + name + " (stderr: " + r.err() + ")")
                .isEqualTo(expectedOut);
        for (String s : stderr) {
            assertThat(r.err()).as("stderr of " + name).contains(s);
        }
        assertThat(r.exit())
                .as("exit code of " + name + " (stderr: " + r.err() + ")")
                .isEqualTo(exit);
    }

    @org.junit.jupiter.api.Test
    void unitTestsLowerToFourTestCases() {
        assumeTrue(corpus() != null, "corpus not found");
        LoweredArtifact a = Programs.lower("unit_tests.bd", read(corpus().resolve("unit_tests.bd")));
        assertThat(a.tests())
                .extracting(TestCase::name)
                .containsExactly("AddsSmallNumbers", "Passes", "FailsOnPurpose", "SkippedForNow");
        assertThat(a.tests().get(0).tags()).containsExactly("fast", "unit");
        assertThat(a.tests().get(0).group()).isEqualTo("math");
        assertThat(a.tests().get(3).skipReason()).isEqualTo("not ready");
        assertThat(a.tests().get(3).skipCondition()).isNotNull();
        assertThat(a.tests().subList(0, 3)).allMatch(t -> t.skipCondition() == null && t.skipReason() == null);
        assertThat(a.entry()).isNull();
    }

    @org.junit.jupiter.api.Test
    void compileErrorIsReportedAtItsPosition() {
        assumeTrue(corpus() != null, "corpus not found");
        LoweringResult r =
                Programs.LOWERING.lower(SourceUnit.of("compile_error.bd", read(corpus().resolve("compile_error.bd"))));
        assertThat(r.artifact()).isNull();
        assertThat(r.diagnostics())
                .extracting(Diagnostic::header)
                .containsExactly("compile_error.bd:5:17: error[E0201]: undefined name `undefined_name`");
    }

    private static void expectCompileError(String name, String source, String expectation) {
        String[] parts = expectation.split(" ", 2);
        LoweringResult r = Programs.LOWERING.check(SourceUnit.of(name, source));
        assertThat(r.diagnostics()).as("diagnostics of " + name).isNotEmpty();
        boolean found = false;
        for (Diagnostic d : r.diagnostics()) {
            for (String pos : parts[0].split("\\|")) {
                if ((d.line() + ":" + d.column()).equals(pos) && d.message().contains(parts[1])) {
                    found = true;
                }
            }
        }
        assertThat(found).as(r.diagnostics().toString()).isTrue();
    }

    private static void expectSummary(String name, String source, String summary) {
        LoweredArtifact a = Programs.lower(name, source);
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        for (TestCase t : a.tests()) {
            if (t.skipCondition() != null && Programs.condition(a, t.skipCondition())) {
                skipped++;
                continue;
            }
            if (Programs.execute(a, t.body(), "", List.of()).outcome().panicked()) {
                failed++;
            } else {
                passed++;
            }
        }
        assertThat(passed + " passed, " + failed + " failed, " + skipped + " skipped")
                .contains(summary);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
