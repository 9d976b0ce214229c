package beskid.runtime.execution;

import beskid.abi.ExecutionEntry;
import beskid.abi.RunContext;
import beskid.abi.RunOutcome;
import beskid.runtime.output.OutputClosed;
import beskid.runtime.output.ProcessOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.util.function.LongSupplier;

/**
 * Runs a program's main for any backend: on its own thread with a fixed stack, with the run's
 * context bound, turning the result into an exit code and any failure into a panic report.
 */
public final class ExecutionEngine implements ExecutionEntry {

    /** Exit code of a run the toolchain could not carry out (its classes do not load). */
    public static final int TOOLCHAIN_FAILURE = 3;

    private final Policies policies;

    /** An engine that runs every program with these policies. */
    public ExecutionEngine(Policies policies) {
        this.policies = policies;
    }

    @Override
    public RunOutcome execute(MethodHandle main, RunContext context) {
        MethodType type = main.type();
        if (!type.equals(MainTypes.INT) && !type.equals(MainTypes.LONG) && !type.equals(MainTypes.UNIT)) {
            throw new IllegalArgumentException("main must have type ()I, ()J or ()V, not " + type);
        }
        try (ProcessOutput output = ProcessOutput.adopt(context)) {
            return run(new MainRun(main, null), output.context());
        }
    }

    /**
     * Runs a main already bound to plain Java (an executable's generated entry, which calls the
     * program's {@code main} and widens its value; a {@code unit} main gives 0), exactly as
     * {@link #execute(MethodHandle, RunContext)} runs a handle, without making one: an
     * executable's start then never initialises the JDK's method-handle machinery.
     */
    public RunOutcome execute(LongSupplier main, RunContext context) {
        try (ProcessOutput output = ProcessOutput.adopt(context)) {
            return run(new MainRun(null, main), output.context());
        }
    }

    private RunOutcome run(MainRun outcome, RunContext context) {
        RunState state = new RunState(context, policies);
        outcome.state = state;
        Thread thread = policies.scheduling().newThread(outcome, "beskid-main", MAIN_STACK_BYTES);
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                // The caller cancels the run (Ctrl-C in the shell): the program stops at its
                // next loop head or symbol call (RunCancelled), and its thread ends before we return.
                if (!interrupted) {
                    interrupted = true;
                    Checkpoints.cancellationStarted();
                }
                thread.interrupt();
            }
        }
        if (interrupted) {
            Checkpoints.cancellationEnded(); // the run's thread has ended
            Thread.currentThread().interrupt();
        }
        try {
            flush(context.stdout());
            RunOutcome result = finish(state, outcome, interrupted);
            flush(context.stderr());
            return result;
        } catch (OutputClosed e) {
            return new RunOutcome(OutputClosed.EXIT_CODE, null, null);
        }
    }

    /** The types a main handle may have; a holder, so a run without a handle never makes them. */
    private static final class MainTypes {
        static final MethodType INT = MethodType.methodType(int.class);
        static final MethodType LONG = MethodType.methodType(long.class);
        static final MethodType UNIT = MethodType.methodType(void.class);
    }

    /**
     * The body of a run's main thread and what it left behind. A class rather than a lambda:
     * an executable's start-up should not pay for spinning one.
     */
    private static final class MainRun implements Runnable {
        private final MethodHandle main;
        private final LongSupplier bound;
        RunState state;
        long value;
        Throwable failure;

        /** One of the two: a handle, or a main bound to plain Java. */
        MainRun(MethodHandle main, LongSupplier bound) {
            this.main = main;
            this.bound = bound;
        }

        @Override
        public void run() {
            RunState.bind(state);
            try {
                if (bound != null) {
                    value = bound.getAsLong();
                    return;
                }
                Class<?> r = main.type().returnType();
                if (r == int.class) {
                    value = (int) main.invokeExact();
                } else if (r == long.class) {
                    value = (long) main.invokeExact();
                } else {
                    main.invokeExact();
                }
            } catch (Throwable t) {
                failure = t;
            } finally {
                RunState.unbind();
            }
        }
    }

    private static RunOutcome finish(RunState state, MainRun outcome, boolean cancelled) {
        RunContext context = state.context();
        if (outcome.failure == null) {
            return new RunOutcome(state.policies().process().exitCode(outcome.value), null, null);
        }
        Throwable failure = outcome.failure;
        // A cancelled run may also end in a wait that the interrupt woke (a blocking read).
        if (failure instanceof RunCancelled || (cancelled && failure instanceof InterruptedException)) {
            return new RunOutcome(RunCancelled.EXIT_CODE, null, null);
        }
        if (failure instanceof OutputClosed) {
            // The reader went away: end as SIGPIPE ends a C program, and tell nobody.
            return new RunOutcome(OutputClosed.EXIT_CODE, null, null);
        }
        if (failure instanceof LinkageError) {
            // The program's own classes do not load (a corrupted class, a newer class file):
            // the toolchain's failure, not the program's, so no panic blamed on a user line.
            flush(context.stdout());
            write(context.stderr(), "beskid: cannot load the program: " + PanicReport.firstLine(failure) + "\n");
            return new RunOutcome(TOOLCHAIN_FAILURE, null, null);
        }
        String message = PanicReport.message(failure);
        if (message == null) {
            // Not a program failure but a fault of the toolchain: still reported, never thrown at the user.
            message = "internal error: " + failure;
        }
        String location = PanicReport.location(failure);
        flush(context.stdout());
        StringBuilder report = new StringBuilder("panic: ").append(message).append('\n');
        if (location != null) {
            report.append("  at ").append(location).append('\n');
        }
        write(context.stderr(), report.toString());
        if (context.jvmTraces()) {
            PrintStream trace = new PrintStream(context.stderr(), true, StandardCharsets.UTF_8);
            failure.printStackTrace(trace);
        }
        return new RunOutcome(RunOutcome.PANIC_EXIT_CODE, message, location);
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The run's stderr is gone (closed pipe): nothing else can report it.
        }
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            // As above: a closed sink cannot be flushed, and the outcome is still returned.
        }
    }
}
