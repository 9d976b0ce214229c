package beskid.runtime.execution;

import static java.lang.invoke.MethodType.methodType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beskid.abi.ExecutionEntry;
import beskid.abi.RunContext;
import beskid.abi.RunOutcome;
import beskid.abi.RuntimeSymbol;
import beskid.runtime.standalone.StandaloneRuntime;
import beskid.runtime.symbols.SymbolImplementations;
import beskid.runtime.testing.GeneratedCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;

/**
 * The execution entry decides the exit code, reports panics on the run's own stderr and keeps
 * runs apart. Programs here are static methods of this class that call the symbol
 * implementations directly (they need the run's state, which exists only inside an execution).
 */
class ExecutionEngineTest {
    private static ExecutionEntry entry;

    @BeforeAll
    static void startRuntime() {
        entry = StandaloneRuntime.start();
    }

    /** What one run produced. */
    record Run(RunOutcome outcome, String stdout, String stderr) {}

    static Run run(MethodHandle main) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunOutcome outcome =
                entry.execute(main, RunContext.of(out, err, new ByteArrayInputStream(new byte[0]), List.of()));
        return new Run(outcome, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String method, Class<?> returnType) {
        try {
            return run(MethodHandles.lookup().findStatic(ExecutionEngineTest.class, method, methodType(returnType)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- programs ----

    static int returns300() {
        return 300;
    }

    static int returnsMinusOne() {
        return -1;
    }

    static long returnsLong() {
        return (1L << 40) + 7;
    }

    static void returnsUnit() {
        SymbolImplementations.syscall_write(1, "unit\n");
    }

    static int printsThenPanics() {
        SymbolImplementations.syscall_write(1, "before\n");
        SymbolImplementations.panic_str("the answer is not 42");
        return 0;
    }

    static int panicsByCode() {
        SymbolImplementations.panic(1);
        return 0;
    }

    private static int zero;

    static int dividesByZero() {
        return 1 / zero;
    }

    /** Wide frames, so that the run's fixed stack overflows after fewer calls. */
    static long recurse(long a, long b, long c, long d, long e, long f, long g, long h) {
        return recurse(b, c, d, e, f, g, h, a + 1) + a * b + c * d + e * f + g * h;
    }

    static int overflowsTheStack() {
        return (int) recurse(1, 2, 3, 4, 5, 6, 7, 8);
    }

    static int failsInside() {
        throw new IllegalStateException("toolchain bug");
    }

    static String notAMain() {
        return "";
    }

    // ---- exit codes ----

    @Test
    void testExecute_exitCodeIsTheValueModulo256() {
        Run r = run("returns300", int.class);
        assertThat(r.outcome().exitCode()).isEqualTo(44);
        assertThat(r.outcome().panicked()).isFalse();
        assertThat(run("returnsMinusOne", int.class).outcome().exitCode()).isEqualTo(255);
        assertThat(run("returnsLong", long.class).outcome().exitCode()).isEqualTo(7);
    }

    @Test
    void testExecute_unitMainExitsZero() {
        Run r = run("returnsUnit", void.class);
        assertThat(r.outcome()).isEqualTo(new RunOutcome(0, null, null));
        assertThat(r.stdout()).isEqualTo("unit\n");
        assertThat(r.stderr()).isEmpty();
    }

    @Test
    void testExecute_refusesAMainOfAnotherType() {
        assertThatThrownBy(() -> run("notAMain", String.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("()I, ()J or ()V");
    }

    // ---- panics ----

    @Test
    void testExecute_panicIsReportedOnTheRunsStderrWithExit101() {
        Run r = run("printsThenPanics", int.class);
        assertThat(r.outcome().exitCode()).isEqualTo(RunOutcome.PANIC_EXIT_CODE).isEqualTo(101);
        assertThat(r.outcome().panicMessage()).isEqualTo("the answer is not 42");
        assertThat(r.stdout()).isEqualTo("before\n");
        assertThat(r.stderr()).isEqualTo("panic: the answer is not 42\n");
    }

    @Test
    void testExecute_panicByCodeUsesTheRuntimesMessage() {
        Run r = run("panicsByCode", int.class);
        assertThat(r.outcome().exitCode()).isEqualTo(101);
        assertThat(r.stderr()).isEqualTo("panic: division by zero\n");
    }

    @Test
    void testExecute_arithmeticExceptionIsDivisionByZero() {
        Run r = run("dividesByZero", int.class);
        assertThat(r.outcome().exitCode()).isEqualTo(101);
        assertThat(r.outcome().panicMessage()).isEqualTo("division by zero");
        assertThat(r.stderr()).isEqualTo("panic: division by zero\n");
    }

    @Test
    void testExecute_stackOverflowErrorIsStackOverflow() {
        Run r = run("overflowsTheStack", int.class);
        assertThat(r.outcome().exitCode()).isEqualTo(101);
        assertThat(r.stderr()).isEqualTo("panic: stack overflow\n");
    }

    @Test
    void testExecute_anyOtherFailureIsAnInternalErrorPanic() {
        Run r = run("failsInside", int.class);
        assertThat(r.outcome().exitCode()).isEqualTo(101);
        assertThat(r.stderr()).startsWith("panic: internal error: java.lang.IllegalStateException: toolchain bug\n");
    }

    /** A panic in generated code names the program's source position (SourceFile + LineNumberTable). */
    @Test
    void testExecute_panicNamesTheProgramsSourceLine() {
        MethodHandle main = GeneratedCode.method("gen/MainBd", "Main.bd", "main", "()I", mv -> {
            Label line = new Label();
            mv.visitLabel(line);
            mv.visitLineNumber(12, line);
            mv.visitLdcInsn("bad input");
            GeneratedCode.callSymbol(mv, RuntimeSymbol.panic_str.name(), RuntimeSymbol.panic_str.descriptor());
            mv.visitInsn(Opcodes.ICONST_0);
            mv.visitInsn(Opcodes.IRETURN);
        });
        Run r = run(main);
        assertThat(r.outcome()).isEqualTo(new RunOutcome(101, "bad input", "Main.bd:12"));
        assertThat(r.stderr()).isEqualTo("panic: bad input\n  at Main.bd:12\n");
    }

    // ---- isolation ----

    private static final int LINES = 2_000;
    private static final CyclicBarrier BOTH_RUNNING = new CyclicBarrier(2);

    static void writeLines(String text) {
        try {
            // both runs are inside execute() before either writes
            BOTH_RUNNING.await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other run never started", e);
        }
        for (int i = 0; i < LINES; i++) {
            SymbolImplementations.syscall_write(1, text);
        }
    }

    static void writesA() {
        writeLines("A\n");
    }

    static void writesB() {
        writeLines("B\n");
    }

    @Test
    void testExecute_concurrentRunsKeepTheirOwnStdout() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Run> a = pool.submit(() -> run("writesA", void.class));
            Future<Run> b = pool.submit(() -> run("writesB", void.class));
            Run ra = a.get();
            Run rb = b.get();
            assertThat(ra.outcome().exitCode()).as(ra.stderr()).isZero();
            assertThat(rb.outcome().exitCode()).as(rb.stderr()).isZero();
            assertThat(ra.stdout()).isEqualTo("A\n".repeat(LINES));
            assertThat(rb.stdout()).isEqualTo("B\n".repeat(LINES));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void testSymbols_outsideARunThereIsNoRunState() {
        assertThatThrownBy(() -> SymbolImplementations.syscall_write(1, "x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no Beskid run");
    }
}
