package beskid.runtime.symbols;

import static java.lang.invoke.MethodType.methodType;
import static org.assertj.core.api.Assertions.assertThat;

import beskid.abi.RunContext;
import beskid.abi.RunOutcome;
import beskid.runtime.execution.RunCancelled;
import beskid.runtime.standalone.StandaloneRuntime;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The symbols and interop bodies that consult the calling thread's run: what a program reads,
 * its arguments, environment and clock, and where it stops when its run is cancelled.
 */
class SymbolsInARunTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private RunOutcome run(String program, InputStream stdin, List<String> arguments) throws Exception {
        return StandaloneRuntime.start()
                .execute(
                        MethodHandles.lookup().findStatic(SymbolsInARunTest.class, program, methodType(int.class)),
                        RunContext.of(new BufferedOutputStream(out, 1 << 16), err, stdin, arguments));
    }

    private RunOutcome run(String program) throws Exception {
        return run(program, new ByteArrayInputStream(new byte[0]), List.of());
    }

    private static void print(String s) {
        SymbolImplementations.syscall_write(1, s);
    }

    static int writesAfterItsRunIsCancelled() {
        Thread.currentThread().interrupt(); // as the starter's cancel leaves the run's thread
        print("not written\n");
        return 0;
    }

    @Test
    void testSyscallWrite_aCancelledRunStopsAtItsNextWriteWithoutWriting() throws Exception {
        RunOutcome outcome = run("writesAfterItsRunIsCancelled");
        assertThat(outcome.exitCode()).isEqualTo(RunCancelled.EXIT_CODE);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    static int allocatesEmptyArraysOfHugeElements() {
        SymbolImplementations.array_new(1L << 40, 0);
        SymbolImplementations.array_new(Integer.MAX_VALUE, 0);
        return 5;
    }

    @Test
    void testArrayNew_noElementsOfAnySizeIsAnEmptyArray() throws Exception {
        RunOutcome outcome = run("allocatesEmptyArraysOfHugeElements");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(outcome.exitCode()).isEqualTo(5);
    }

    static int promptsAndReadsLines() {
        print("name? ");
        String first = (String) StdInterop.ioReadLine();
        print("[" + first + "]\nmore? ");
        String rest = SymbolImplementations.syscall_read(0, 100);
        print("[" + rest + "]\n");
        return 0;
    }

    @Test
    void testReads_seeTheirLineAndComeAfterThePromptIsOut() throws Exception {
        List<String> shownAtRead = new ArrayList<>();
        byte[] input = "ada\nlovelace".getBytes(StandardCharsets.UTF_8);
        InputStream stdin = new ByteArrayInputStream(input) {
            @Override
            public synchronized int read() {
                if (pos == 0) { // the first read of the line
                    shownAtRead.add(out.toString(StandardCharsets.UTF_8));
                }
                return super.read();
            }

            @Override
            public int read(byte[] b) throws java.io.IOException {
                shownAtRead.add(out.toString(StandardCharsets.UTF_8));
                return super.read(b);
            }
        };
        RunOutcome outcome = run("promptsAndReadsLines", stdin, List.of());
        assertThat(outcome.exitCode()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("name? [ada]\nmore? [lovelace]\n");
        assertThat(shownAtRead).containsExactly("name? ", "name? [ada]\nmore? ");
    }

    static int printsItsArguments() {
        long count = StdInterop.processArgCount();
        print(count + ":");
        for (long i = 0; i < count; i++) {
            print(" " + StdInterop.processArg(i));
        }
        StdInterop.processArg(count); // one past the last: a panic
        return 0;
    }

    @Test
    void testProcessArg_theRunsArgumentsInOrderAndPanicPastTheLast() throws Exception {
        RunOutcome outcome = run("printsItsArguments", new ByteArrayInputStream(new byte[0]), List.of("one", "two"));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("2: one two");
        assertThat(outcome.exitCode()).isEqualTo(RunOutcome.PANIC_EXIT_CODE);
        assertThat(outcome.panicMessage()).isEqualTo("index out of bounds: 2 (len 2)");
    }

    static String variable;

    static int printsAVariable() {
        print("[" + StdInterop.envGet(variable) + "]");
        return 0;
    }

    @Test
    void testEnvGet_aSetVariableIsItsValue() throws Exception {
        Map.Entry<String, String> set = System.getenv().entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .findFirst()
                .orElseThrow();
        variable = set.getKey();
        assertThat(run("printsAVariable").exitCode()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[" + set.getValue() + "]");
    }

    @Test
    void testEnvGet_anUnsetVariableIsEmpty() throws Exception {
        variable = "BESKID_TEST_VARIABLE_THAT_IS_NEVER_SET";
        assertThat(run("printsAVariable").exitCode()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[]");
    }

    static long millis;
    static long nanos;

    static int readsTheClocks() {
        millis = StdInterop.timeNowMillis();
        nanos = StdInterop.timeMonotonicNanos();
        return 0;
    }

    @Test
    void testTime_theClocksOfTheProcess() throws Exception {
        long wallBefore = System.currentTimeMillis();
        long monotonicBefore = System.nanoTime();
        assertThat(run("readsTheClocks").exitCode()).isZero();
        assertThat(millis).isBetween(wallBefore, System.currentTimeMillis());
        assertThat(nanos).isBetween(monotonicBefore, System.nanoTime());
    }
}
