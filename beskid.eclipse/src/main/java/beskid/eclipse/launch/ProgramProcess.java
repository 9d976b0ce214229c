package beskid.eclipse.launch;

import beskid.abi.RunContext;
import beskid.abi.RunOutcome;
import beskid.eclipse.Ids;
import beskid.eclipse.Services;
import beskid.lowering.api.RunBackend;
import beskid.lowering.api.RunRequest;
import beskid.lowering.api.RunResult;
import beskid.lowering.api.SourceSet;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IStreamMonitor;
import org.eclipse.debug.core.model.IStreamsProxy2;

/**
 * A program run in this JVM through a {@link RunBackend}, as a launch's process: its stdout and
 * stderr are the process's stream monitors, its stdin what the console writes, and its exit
 * code the process's exit value (2 when it did not compile, its diagnostics on stderr).
 *
 * <p>Terminating interrupts the run's thread, ends its input and makes its output fail, so a
 * program stops at its next read or write. A program that computes without any I/O stops at
 * its next loop head: the runtime cancels a run whose caller is interrupted there (ABI 1.1's
 * run checkpoint) and ends it with exit value 130, its thread gone.
 */
public final class ProgramProcess implements IProcess {
    /** The exit value of a run that produced no outcome (it was terminated, or the toolchain failed). */
    public static final int NO_OUTCOME = -1;

    private final ILaunch launch;
    private final String label;
    private final Map<String, String> attributes = new HashMap<>();
    private final StreamText out = new StreamText();
    private final StreamText err = new StreamText();
    private final InputQueue in = new InputQueue();
    /** The console's view of the program's streams: its output monitors, and its input. */
    private final IStreamsProxy2 streams = new IStreamsProxy2() {
        @Override
        public IStreamMonitor getErrorStreamMonitor() {
            return err;
        }

        @Override
        public IStreamMonitor getOutputStreamMonitor() {
            return out;
        }

        @Override
        public void write(String input) {
            in.offer(input);
        }

        @Override
        public void closeInputStream() {
            in.close();
        }
    };

    private volatile Thread runner;
    private volatile boolean terminated;
    private volatile int exitValue;

    private ProgramProcess(ILaunch launch, String label) {
        this.launch = launch;
        this.label = label;
        attributes.put(IProcess.ATTR_PROCESS_TYPE, Ids.PLUGIN + ".program");
    }

    /** Starts the program on a thread of its own and adds its process to the launch. */
    static ProgramProcess start(
            ILaunch launch, String label, Services.Held<RunBackend> backend, SourceSet source, List<String> args) {
        ProgramProcess p = new ProgramProcess(launch, label);
        RunRequest request = new RunRequest(source, RunContext.of(p.out, p.err, p.in, args));
        Thread t = new Thread(() -> p.run(backend, request), "beskid-launch " + label);
        t.setDaemon(true);
        p.runner = t;
        launch.addProcess(p);
        p.fire(DebugEvent.CREATE);
        t.start();
        return p;
    }

    private void run(Services.Held<RunBackend> backend, RunRequest request) {
        int code = NO_OUTCOME;
        try (backend) {
            RunResult result = backend.service().run(request);
            if (!result.diagnostics().isEmpty()) {
                StringBuilder report = new StringBuilder();
                result.diagnostics().forEach(d -> report.append(d.render()));
                err.write(report.toString().getBytes(StandardCharsets.UTF_8));
                code = 2;
            } else {
                RunOutcome outcome = result.outcome();
                code = outcome.exitCode();
            }
        } catch (Exception | LinkageError e) {
            // terminated while writing (CancellationException), or the backend went away mid-run
            if (!err.isCancelled()) {
                err.writeQuietly("beskid: the run failed: " + e + "\n");
            }
        } finally {
            exitValue = code;
            terminated = true;
            fire(DebugEvent.TERMINATE);
        }
    }

    private void fire(int kind) {
        DebugPlugin plugin = DebugPlugin.getDefault();
        if (plugin != null) {
            plugin.fireDebugEventSet(new DebugEvent[] {new DebugEvent(this, kind)});
        }
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public ILaunch getLaunch() {
        return launch;
    }

    @Override
    public IStreamsProxy2 getStreamsProxy() {
        return streams;
    }

    @Override
    public synchronized void setAttribute(String key, String value) {
        attributes.put(key, value);
        fire(DebugEvent.CHANGE);
    }

    @Override
    public synchronized String getAttribute(String key) {
        return attributes.get(key);
    }

    @Override
    public int getExitValue() throws DebugException {
        if (!terminated) {
            throw new DebugException(Status.error(label + " is still running"));
        }
        return exitValue;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(this) ? adapter.cast(this) : null;
    }

    @Override
    public boolean canTerminate() {
        return !terminated;
    }

    @Override
    public boolean isTerminated() {
        return terminated;
    }

    @Override
    public void terminate() {
        out.cancel();
        err.cancel();
        in.close();
        Thread t = runner;
        if (t != null) {
            t.interrupt();
        }
    }
}
