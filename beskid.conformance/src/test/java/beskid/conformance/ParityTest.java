package beskid.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.Diagnostic;
import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.SourceLoader;
import beskid.lowering.api.SourceSet;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.api.TestFilter;
import beskid.lowering.api.TestReport;
import beskid.lowering.api.TestRequest;
import beskid.testkit.Corpus;
import beskid.testkit.Expectations;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boundary invariants 1 and 2: every corpus program and example behaves identically under the
 * JIT, under the AOT backend in-process, and as an AOT executable in a {@code java -jar} child
 * process, matches its {@code //!} expectations, and reports one import surface everywhere.
 * Writes a table per program to {@code target/parity-report.md}.
 */
class ParityTest {
    private static final Map<String, String> REPORT = new TreeMap<>();

    @TempDir
    static Path work;

    @TestFactory
    Stream<DynamicTest> corpusAndExamplesBehaveTheSameUnderEveryBackend() throws IOException {
        List<Path> programs = new ArrayList<>(Corpus.programs());
        programs.addAll(Corpus.programsIn(Path.of(System.getProperty("beskid.examples"))));
        assertThat(programs).as("corpus and examples found").hasSizeGreaterThan(20);
        return programs.stream().map(p -> DynamicTest.dynamicTest(Corpus.label(p), () -> check(p)));
    }

    private static void check(Path program) throws Exception {
        Expectations expected = Expectations.of(program);
        // the program with its module files, read from its folder as the command line reads them
        SourceSet source = new SourceSet(
                new SourceUnit(program.getFileName().toString(), Files.readAllBytes(program)),
                SourceLoader.folder(program.getParent(), ""));
        String label = Corpus.label(program);
        if (expected.compileError() != null) {
            checkCompileError(label, source, expected.compileError());
        } else if (expected.testSummary() != null) {
            checkTests(label, source, expected.testSummary());
        } else {
            checkRun(label, source, expected);
        }
    }

    private static void checkRun(String label, SourceSet source, Expectations expected) throws Exception {
        Observed jit = Backends.inProcess(Toolchain.JIT, source);
        Observed aot = Backends.inProcess(Toolchain.AOT, source);
        Observed exe = Backends.executable(source, work);
        LoweringResult lowered = Toolchain.LOWERING.lower(source);
        REPORT.put(
                label,
                String.format(
                        "| %s | %d | %d | %d | %s | %s | %d |",
                        label,
                        jit.exit(),
                        aot.exit(),
                        exe.exit(),
                        jit.sameBehaviour(aot) && jit.sameBehaviour(exe) ? "same" : "DIFFERENT",
                        matches(jit, expected) ? "yes" : "NO",
                        jit.symbols().size()));
        assertThat(aot).as("AOT in-process behaves as JIT").satisfies(a -> assertSame(jit, a));
        assertThat(exe).as("AOT java -jar behaves as JIT").satisfies(e -> assertSame(jit, e));
        assertThat(jit.exit()).as("exit code").isEqualTo(expected.exit());
        assertThat(jit.stdout()).as("stdout").isEqualTo(expected.stdout());
        for (String part : expected.stderrContains()) {
            assertThat(jit.stderr()).as("stderr").contains(part);
        }
        assertThat(jit.symbols())
                .as("JIT bound = lowering's import table")
                .isEqualTo(Backends.names(lowered.artifact().imports()))
                .as("JIT bound = AOT linked (in-process)")
                .isEqualTo(aot.symbols())
                .as("JIT bound = AOT linked (exe)")
                .isEqualTo(exe.symbols());
    }

    private static void assertSame(Observed jit, Observed other) {
        assertThat(other.stdout()).isEqualTo(jit.stdout());
        assertThat(other.stderr()).isEqualTo(jit.stderr());
        assertThat(other.exit()).isEqualTo(jit.exit());
    }

    private static boolean matches(Observed o, Expectations e) {
        return o.exit() == e.exit()
                && o.stdout().equals(e.stdout())
                && e.stderrContains().stream().allMatch(o.stderr()::contains);
    }

    private static void checkCompileError(String label, SourceSet source, String expectation) {
        String[] parts = expectation.split(" ", 2);
        List<Diagnostic> diagnostics = Toolchain.LOWERING.check(source).diagnostics();
        REPORT.put(label, "| " + label + " | compile error | | | | " + (diagnostics.isEmpty() ? "NO" : "yes") + " | |");
        assertThat(diagnostics)
                .as("diagnostics of " + source.entry().fileName())
                .anySatisfy(d -> {
                    assertThat(List.of(parts[0].split("\\|"))).contains(d.line() + ":" + d.column());
                    if (parts.length > 1) {
                        assertThat(d.message()).contains(parts[1]);
                    }
                });
    }

    private static void checkTests(String label, SourceSet source, String summary) {
        TestReport jit = Toolchain.JIT.runTests(request(source));
        TestReport aot = Toolchain.AOT.runTests(request(source));
        REPORT.put(
                label,
                "| " + label + " | tests: " + jit.summary() + " | tests: " + aot.summary() + " | | "
                        + (jit.summary().equals(aot.summary()) ? "same" : "DIFFERENT") + " | "
                        + (jit.summary().contains(summary) ? "yes" : "NO") + " | |");
        assertThat(jit.diagnostics()).isEmpty();
        assertThat(jit.summary()).contains(summary);
        assertThat(aot.results())
                .extracting(r -> r.name() + ":" + r.status() + ":" + r.message() + ":" + r.location())
                .isEqualTo(jit.results().stream()
                        .map(r -> r.name() + ":" + r.status() + ":" + r.message() + ":" + r.location())
                        .toList());
    }

    private static TestRequest request(SourceSet source) {
        return new TestRequest(
                source,
                beskid.abi.RunContext.of(
                        new ByteArrayOutputStream(),
                        new ByteArrayOutputStream(),
                        new ByteArrayInputStream(new byte[0]),
                        List.of()),
                TestFilter.ALL);
    }

    @AfterAll
    static void writeReport() throws IOException {
        StringBuilder md = new StringBuilder("# JIT / AOT parity report\n\n")
                .append("| program | JIT exit | AOT exit | exe exit | behaviour | expectations | symbols |\n")
                .append("|---|---|---|---|---|---|---|\n");
        REPORT.values().forEach(row -> md.append(row).append('\n'));
        Path out = Path.of(System.getProperty("beskid.report", "target/parity-report.md"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
    }
}
