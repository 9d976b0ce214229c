package beskid.backend.jit;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.abi.RunContext;
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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The JIT backend wired by hand: it lowers, binds and runs in memory, and answers with the
 * run's outcome, the symbols it bound, or the diagnostics that stopped it (never running then).
 */
class JitBackendTest {
    private static final JitBackend JIT = new JitBackend(new LoweringComponent(), StandaloneRuntime.start());

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private RunContext context(String... args) {
        return RunContext.of(
                out, err, new ByteArrayInputStream("typed\n".getBytes(StandardCharsets.UTF_8)), List.of(args));
    }

    private RunResult run(String source, String... args) {
        return JIT.run(new RunRequest(SourceUnit.of("prog.bd", source), context(args)));
    }

    @Test
    void testName_isJit() {
        assertThat(JIT.name()).isEqualTo("jit").isEqualTo(JitBackend.NAME);
    }

    @Test
    void testRun_outcomeOutputAndBoundSymbols() {
        RunResult result = run("""
                use Std.System.IO;
                use Std.System.Process;
                i32 main() {
                    IO.Println("hello ${Process.ArgCount()}");
                    return 258;
                }
                """, "a", "b");
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.outcome().exitCode()).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hello 2\n");
        assertThat(result.boundSymbols()).extracting(SymbolImport::symbol).contains("syscall_write");
    }

    @Test
    void testRun_aPanicIsAnOutcomeNotAnException() {
        RunResult result = run("i32 main() {\n    __panic_str(\"no\");\n    return 0;\n}\n");
        assertThat(result.outcome().exitCode()).isEqualTo(101);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("panic: no\n  at prog.bd:2\n");
    }

    @Test
    void testRun_compileErrorsStopTheRun() {
        RunResult result = run("use Std.System.IO;\ni32 main() {\n    IO.Println(\"never\");\n    return nope;\n}\n");
        assertThat(result.diagnostics())
                .extracting(Diagnostic::header)
                .containsExactly("prog.bd:4:12: error[E0201]: undefined name `nope`");
        assertThat(result.outcome()).isNull();
        assertThat(result.boundSymbols()).isEmpty();
        assertThat(out.size()).isZero();
    }

    @Test
    void testRun_needsAMain() {
        RunResult result = run("i32 helper() { return 1; }\n");
        assertThat(result.diagnostics())
                .extracting(Diagnostic::header)
                .containsExactly(
                        "prog.bd:1:1: error[E0407]: no `main` function: `run` and `build` need an entry point");
        assertThat(result.outcome()).isNull();
    }

    @Test
    void testRunTests_needNoMainAndReportEachTest() {
        TestReport report = JIT.runTests(new TestRequest(SourceUnit.of("t.bd", """
                        test Passes { return; }
                        test Fails { __panic_str("bad"); }
                        """), context(), TestFilter.ALL));
        assertThat(report.diagnostics()).isEmpty();
        assertThat(report.results()).extracting(TestResult::name).containsExactly("Passes", "Fails");
        assertThat(report.results())
                .extracting(TestResult::status)
                .containsExactly(TestResult.Status.PASS, TestResult.Status.FAIL);
        assertThat(report.summary()).isEqualTo("1 passed, 1 failed, 0 skipped");
    }

    @Test
    void testRunTests_compileErrorsStopTheTests() {
        TestReport report = JIT.runTests(
                new TestRequest(SourceUnit.of("t.bd", "test Broken { i32 x = \"s\"; }\n"), context(), TestFilter.ALL));
        assertThat(report.diagnostics())
                .extracting(Diagnostic::header)
                .containsExactly("t.bd:1:23: error[E0301]: type mismatch: expected i32, found string");
        assertThat(report.results()).isEmpty();
    }

    /** A program running on a thread of its own, as a shell command runs one. */
    private record Started(
            Thread thread, AtomicReference<RunResult> answer, ByteArrayOutputStream out, CountDownLatch wrote) {}

    /** Starts a run whose output is kept and signalled at its first write. */
    private Started start(String file, String source) {
        CountDownLatch wrote = new CountDownLatch(1);
        ByteArrayOutputStream output = new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] b, int off, int len) {
                super.write(b, off, len);
                wrote.countDown();
            }
        };
        RunContext context = RunContext.of(output, err, new ByteArrayInputStream(new byte[0]), List.of());
        AtomicReference<RunResult> answer = new AtomicReference<>();
        Thread thread = new Thread(() -> answer.set(JIT.run(new RunRequest(SourceUnit.of(file, source), context))));
        thread.start();
        return new Started(thread, answer, output, wrote);
    }

    @Test
    void testRun_cancellingStopsALoopTheJvmHasCompiledAndNoOtherRun() throws Exception {
        // Loop heads link to a checkpoint that does nothing until a run is cancelled: the
        // cancellation must still reach a loop whose compiled code left the checkpoint out.
        Started spinning = start("spin.bd", """
                use Std.System.IO;
                i32 main() {
                    i64 mut i = 0;
                    while true {
                        i += 1;
                        if i == 200000000 {
                            IO.Println("hot");
                        }
                    }
                    return 0;
                }
                """);
        assertThat(spinning.wrote().await(2, TimeUnit.MINUTES))
                .as("the loop ran 200 million times")
                .isTrue();

        // A second run, running while the first is cancelled, is not cancelled.
        Started bystander = start("sum.bd", """
                use Std.System.IO;
                i32 main() {
                    IO.Println("started");
                    i64 mut sum = 0;
                    for i in range(0, 300000000) {
                        sum += i % 3;
                    }
                    IO.Println("${sum}");
                    return 0;
                }
                """);
        assertThat(bystander.wrote().await(2, TimeUnit.MINUTES))
                .as("the other run started")
                .isTrue();
        spinning.thread().interrupt(); // as Ctrl-C in the shell interrupts the command
        spinning.thread().join(TimeUnit.MINUTES.toMillis(1));
        bystander.thread().join(TimeUnit.MINUTES.toMillis(2));

        assertThat(spinning.thread().isAlive()).as("the run ended").isFalse();
        assertThat(spinning.answer().get().outcome().exitCode()).isEqualTo(130);
        assertThat(bystander.thread().isAlive()).as("the other run ended").isFalse();
        assertThat(bystander.answer().get().outcome().exitCode()).isZero();
        assertThat(bystander.out().toString(StandardCharsets.UTF_8)).isEqualTo("started\n300000000\n");
    }
}
