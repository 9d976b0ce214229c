package beskid.runtime.execution;

import static java.lang.invoke.MethodType.methodType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beskid.abi.RunContext;
import beskid.abi.RunOutcome;
import beskid.abi.SchedulingPolicy;
import beskid.runtime.standalone.StandaloneRuntime;
import beskid.runtime.symbols.SymbolImplementations;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * What a caller sees of a run besides its exit code: buffered streams are flushed, stdout and
 * stderr keep program order on a shared terminal, the caller's interrupt is kept, and a run's
 * state does not outlive it on its thread.
 */
class ExecutionEngineStreamsTest {
    private static MethodHandle program(String name) throws ReflectiveOperationException {
        return MethodHandles.lookup().findStatic(ExecutionEngineStreamsTest.class, name, methodType(int.class));
    }

    private static RunOutcome execute(MethodHandle main, OutputStream out, OutputStream err) {
        return StandaloneRuntime.start()
                .execute(main, RunContext.of(out, err, new ByteArrayInputStream(new byte[0]), List.of()));
    }

    static int writesThenPanics() {
        SymbolImplementations.syscall_write(1, "before\n");
        SymbolImplementations.panic_str("x");
        return 0;
    }

    static int interleaves() {
        SymbolImplementations.syscall_write(1, "one\n");
        SymbolImplementations.syscall_write(2, "two\n");
        SymbolImplementations.syscall_write(1, "three\n");
        return 0;
    }

    static int countsWrittenBytes() {
        return (int) SymbolImplementations.syscall_write(1, "h\u00e9llo");
    }

    static int numbersRawArrays() {
        long first = SymbolImplementations.array_new(1, 4);
        long second = SymbolImplementations.array_new(8, 2);
        return (int) (first * 10 + second);
    }

    @Test
    void testExecute_flushesBufferedStreamsBeforeReturning() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunOutcome outcome = execute(
                program("writesThenPanics"),
                new BufferedOutputStream(out, 1 << 16),
                new BufferedOutputStream(err, 1 << 16));
        assertThat(outcome.exitCode()).isEqualTo(101);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("before\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("panic: x\n");
    }

    @Test
    void testExecute_aPanicFollowsTheOutputBeforeItOnASharedTerminal() throws Exception {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        execute(program("writesThenPanics"), new BufferedOutputStream(terminal, 1 << 16), terminal);
        assertThat(terminal.toString(StandardCharsets.UTF_8)).isEqualTo("before\npanic: x\n");
    }

    @Test
    void testWrite_stderrFollowsTheStdoutBeforeIt() throws Exception {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        execute(program("interleaves"), new BufferedOutputStream(terminal, 1 << 16), terminal);
        assertThat(terminal.toString(StandardCharsets.UTF_8)).isEqualTo("one\ntwo\nthree\n");
    }

    @Test
    void testWrite_answersTheNumberOfBytesWritten() throws Exception {
        assertThat(execute(program("countsWrittenBytes"), new ByteArrayOutputStream(), new ByteArrayOutputStream())
                        .exitCode())
                .isEqualTo(6);
    }

    @Test
    void testArrayNew_handlesCountFromOne() throws Exception {
        assertThat(execute(program("numbersRawArrays"), new ByteArrayOutputStream(), new ByteArrayOutputStream())
                        .exitCode())
                .isEqualTo(12);
    }

    @Test
    void testExecute_leavesTheCallerUninterrupted() throws Exception {
        execute(program("interleaves"), new ByteArrayOutputStream(), new ByteArrayOutputStream());
        assertThat(Thread.interrupted()).isFalse();
    }

    private static final CountDownLatch RUNNING = new CountDownLatch(1);
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    private static final CountDownLatch MAIN_SAW_THE_INTERRUPT = new CountDownLatch(1);

    /** A main with no checkpoint: it sees the interrupt the engine passes on, and goes on waiting. */
    static int waitsForRelease() {
        RUNNING.countDown();
        while (true) {
            try {
                RELEASE.await();
                return 4;
            } catch (InterruptedException e) {
                MAIN_SAW_THE_INTERRUPT.countDown();
            }
        }
    }

    @Test
    void testExecute_anInterruptWhileWaitingIsKeptForTheCaller() throws Exception {
        AtomicReference<RunOutcome> outcome = new AtomicReference<>();
        AtomicBoolean interruptedAfter = new AtomicBoolean();
        MethodHandle main = MethodHandles.lookup()
                .findStatic(ExecutionEngineStreamsTest.class, "waitsForRelease", methodType(int.class));
        Thread caller = new Thread(() -> {
            outcome.set(execute(main, new ByteArrayOutputStream(), new ByteArrayOutputStream()));
            interruptedAfter.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        RUNNING.await();
        caller.interrupt();
        MAIN_SAW_THE_INTERRUPT.await(); // the engine passes the caller's interrupt on to the program's thread
        RELEASE.countDown();
        caller.join();
        assertThat(outcome.get().exitCode())
                .as("a main that reaches no checkpoint is not cut short")
                .isEqualTo(4);
        assertThat(interruptedAfter).isTrue();
    }

    @Test
    void testExecute_aRunsStateEndsWithItOnAReusedThread() throws Exception {
        AtomicReference<Throwable> afterRun = new AtomicReference<>();
        SchedulingPolicy reusing = new SchedulingPolicy() {
            @Override
            public Thread newThread(Runnable body, String name, long stackBytes) {
                return new Thread(() -> {
                    body.run();
                    try {
                        RunState.current();
                    } catch (Throwable t) {
                        afterRun.set(t);
                    }
                });
            }

            @Override
            public void yieldNow() {
                Thread.yield();
            }
        };
        Policies defaults = StandaloneRuntime.defaultPolicies();
        Policies policies = new Policies(
                defaults.output(),
                defaults.input(),
                defaults.process(),
                defaults.environment(),
                defaults.clock(),
                reusing);
        RunOutcome outcome = new ExecutionEngine(policies)
                .execute(
                        program("interleaves"),
                        RunContext.of(
                                new ByteArrayOutputStream(),
                                new ByteArrayOutputStream(),
                                new ByteArrayInputStream(new byte[0]),
                                List.of()));
        assertThat(outcome.exitCode()).isZero();
        assertThatThrownBy(() -> {
                    throw afterRun.get();
                })
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no Beskid run");
    }
}
