package beskid.runtime.output;

import beskid.abi.RunContext;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Applies the runtime's output policy to a run whose context writes to the process's own
 * descriptors (a caller says so by handing in a plain {@code FileOutputStream} on
 * {@code FileDescriptor.out}/{@code err}, the way the launcher and an executable jar do), and
 * keeps the run's output safe while it runs: a shutdown hook flushes both streams when the
 * process is stopped by SIGINT or SIGTERM, after which the JVM exits 130 or 143.
 */
public final class ProcessOutput implements AutoCloseable {
    private static final int STDOUT_BUFFER = 1 << 16;
    private static final int STDERR_BUFFER = 1 << 13;

    private final RunContext context;
    private final Thread flushAtSignal;

    private ProcessOutput(RunContext context, Thread flushAtSignal) {
        this.context = context;
        this.flushAtSignal = flushAtSignal;
    }

    /** The run's context with the policy applied to the process's streams, for the run's duration. */
    public static ProcessOutput adopt(RunContext given) {
        OutputStream out = policyStream(given.stdout());
        OutputStream err = policyStream(given.stderr());
        if (out == given.stdout() && err == given.stderr()) {
            return new ProcessOutput(given, null);
        }
        RunContext context = new RunContext(out, err, given.stdin(), given.arguments(), given.jvmTraces());
        Thread hook = new Thread(new FlushAtExit(context), "beskid-flush-at-exit");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException e) {
            hook = null; // already shutting down: the run's end flushes
        }
        return new ProcessOutput(context, hook);
    }

    /** The context the run uses. */
    public RunContext context() {
        return context;
    }

    /** The shutdown hook that flushes the run's streams at a signal, or null if none is needed. */
    Thread flushAtSignal() {
        return flushAtSignal;
    }

    /** The run is over (its streams already flushed by the engine): no flush at exit is needed. */
    @Override
    public void close() {
        if (flushAtSignal != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(flushAtSignal);
            } catch (IllegalStateException e) {
                // the process is exiting; the hook runs and flushes nothing new
            }
        }
    }

    private static OutputStream policyStream(OutputStream given) {
        int fd = Descriptors.processDescriptor(given);
        if (fd == 0) {
            return given;
        }
        Descriptors.Kind kind = Descriptors.kind(fd);
        if (fd == 2) {
            return new ProcessStream(
                    (FileOutputStream) given, fd, kind, ProcessStream.Flushing.EACH_WRITE, STDERR_BUFFER);
        }
        ProcessStream.Flushing flushing =
                kind == Descriptors.Kind.TERMINAL ? ProcessStream.Flushing.LINE : ProcessStream.Flushing.BLOCK;
        return new ProcessStream((FileOutputStream) given, fd, kind, flushing, STDOUT_BUFFER);
    }

    /** A class rather than a lambda: an executable's start should not pay for spinning one. */
    static final class FlushAtExit implements Runnable {
        private final RunContext context;

        FlushAtExit(RunContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            flushQuietly(context.stdout());
            flushQuietly(context.stderr());
        }
    }

    private static void flushQuietly(OutputStream out) {
        try {
            out.flush();
        } catch (IOException | OutputClosed e) {
            // nobody reads any more: nothing to save
        }
    }
}
