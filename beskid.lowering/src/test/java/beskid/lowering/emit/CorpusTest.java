package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.Diagnostic;
import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.SourceSet;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.api.TestCase;
import beskid.testkit.Corpus;
import beskid.testkit.Expectations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every program of the shared conformance corpus lowers and runs with exactly the
 * expectations of its {@code //!} lines (exit code, whole stdout, stderr fragments, compile
 * errors, test summaries).
 */
class CorpusTest {
    static List<Path> programs() {
        return Corpus.programs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void runsAsExpected(Path file) {
        SourceSet source = Programs.program(file);
        Expectations expected = Expectations.of(file);
        String name = file.getFileName().toString();
        if (expected.compileError() != null) {
            expectCompileError(name, source, expected);
            return;
        }
        if (expected.testSummary() != null) {
            expectSummary(name, source, expected.testSummary());
            return;
        }
        Programs.Run r = Programs.run(source);
        assertThat(r.out())
                .as("stdout of " + name + " (stderr: " + r.err() + ")")
                .isEqualTo(expected.stdout());
        for (String s : expected.stderrContains()) {
            assertThat(r.err()).as("stderr of " + name).contains(s);
        }
        assertThat(r.exit())
                .as("exit code of " + name + " (stderr: " + r.err() + ")")
                .isEqualTo(expected.exit());
    }

    @Test
    void unitTestsLowerToFourTestCases() {
        LoweredArtifact a = Programs.lower("unit_tests.bd", read(Corpus.file("unit_tests.bd")));
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

    @Test
    void compileErrorIsReportedAtItsPosition() {
        LoweringResult r =
                Programs.LOWERING.lower(SourceUnit.of("compile_error.bd", read(Corpus.file("compile_error.bd"))));
        assertThat(r.artifact()).isNull();
        assertThat(r.diagnostics())
                .extracting(Diagnostic::header)
                .containsExactly("compile_error.bd:5:17: error[E0201]: undefined name `undefined_name`");
    }

    private static void expectCompileError(String name, SourceSet source, Expectations expected) {
        LoweringResult r = Programs.LOWERING.check(source);
        assertThat(r.diagnostics()).as("diagnostics of " + name).isNotEmpty();
        boolean found = false;
        for (Diagnostic d : r.diagnostics()) {
            for (String pos : expected.compileErrorPositions()) {
                if ((d.line() + ":" + d.column()).equals(pos) && d.message().contains(expected.compileErrorWord())) {
                    found = true;
                }
            }
        }
        assertThat(found).as(r.diagnostics().toString()).isTrue();
    }

    private static void expectSummary(String name, SourceSet source, String summary) {
        LoweredArtifact a = Programs.lower(source);
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
