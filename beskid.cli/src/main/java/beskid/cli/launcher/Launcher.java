package beskid.cli.launcher;

import beskid.cli.command.ExitCodes;
import java.util.function.ToIntFunction;
import org.apache.felix.framework.Felix;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The {@code beskid} command: boots an embedded Apache Felix with the distribution's bundles
 * and hands the command line to the CLI bundle's command service. The bundle cache is kept
 * between runs (bundles are installed or updated only when their jar changed), so a warm start
 * pays for resolution and activation, not for copying jars. Gogo's shell bundles start only for
 * {@code beskid shell}.
 */
public final class Launcher {
    /** Service property the CLI bundle's command service carries. */
    public static final String COMMAND_PROPERTY = "beskid.cli";

    private static final int INTERNAL_ERROR = 3;
    private static final long SERVICE_TIMEOUT_MS = 30_000;
    private static volatile BundleCaches.Lease lease;

    private Launcher() {}

    /** Entry point; see {@code ./beskid}. */
    public static void main(String[] args) {
        int code;
        try {
            code = launch(args);
        } catch (Throwable e) {
            // Every failure, an Error too (an OutOfMemoryError, a StackOverflowError): one line
            // and exit 3. The halt below ends the process even though Felix's threads still run.
            System.err.println("beskid: internal error: " + oneLine(e));
            code = INTERNAL_ERROR;
        }
        System.out.flush();
        System.err.flush();
        if (lease != null) {
            lease.release();
        }
        if (Boolean.getBoolean("beskid.profile")) {
            // For a profiler that writes its recording at exit (-XX:StartFlightRecording with
            // dumponexit): System.exit runs the JVM's shutdown hooks, which halt skips.
            System.exit(code);
        }
        // Halt rather than stop the framework: the cache is already consistent, and a clean
        // framework shutdown would add to every command's latency.
        Runtime.getRuntime().halt(code);
    }

    private static String oneLine(Throwable e) {
        return String.valueOf(e).replace('\n', ' ');
    }

    private static int launch(String[] args) throws Exception {
        DebugLaunch.Request debug;
        try {
            debug = DebugLaunch.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("beskid: " + e.getMessage());
            return ExitCodes.COMPILE_ERROR; // a bad command line
        }
        if (debug != null) {
            return DebugLaunch.run(debug);
        }
        Timing timing = new Timing(Boolean.getBoolean("beskid.timing"));
        Layout layout = Layout.find();
        boolean shell = args.length > 0 && args[0].equals("shell");
        if (shell && System.console() == null) {
            // Commands from a pipe or a file: a plain terminal, without JLine's warning about it.
            System.setProperty("org.jline.terminal.dumb", "true");
        }
        BundleCaches.Lease cache = BundleCaches.acquire(layout.cacheRoot(), layout.bundles());
        lease = cache;
        // A signal ends the JVM through its shutdown hooks, not through main's halt.
        Runtime.getRuntime().addShutdownHook(new Thread(cache::release, "beskid-cache-release"));
        timing.mark("cache ready");
        Felix felix = FrameworkFactory.start(cache.dir(), SystemPackages.in(layout.cacheRoot()));
        timing.mark("framework initialised");
        try {
            BundleContext context = felix.getBundleContext();
            BundleSet.synchronize(context, layout.bundles(), shell);
            timing.mark("bundles started");
            int code = runCommand(context, args);
            timing.mark("command done");
            if (code == ExitCodes.WAIT_FOR_STOP) {
                felix.waitForStop(0);
                return 0;
            }
            return code;
        } catch (BundleException e) {
            System.err.println("beskid: cannot start the container: " + e.getMessage());
            return INTERNAL_ERROR;
        }
    }

    @SuppressWarnings("unchecked")
    private static int runCommand(BundleContext context, String[] args)
            throws InterruptedException, InvalidSyntaxException {
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(
                context,
                FrameworkUtil.createFilter("(&(" + Constants.OBJECTCLASS + "=" + ToIntFunction.class.getName() + ")("
                        + COMMAND_PROPERTY + "=main))"),
                null);
        tracker.open();
        try {
            Object command = tracker.waitForService(SERVICE_TIMEOUT_MS);
            if (command == null) {
                System.err.println("beskid: the CLI bundle did not come up; see " + FrameworkFactory.cacheHint());
                return INTERNAL_ERROR;
            }
            return ((ToIntFunction<String[]>) command).applyAsInt(args);
        } finally {
            tracker.close();
        }
    }
}
