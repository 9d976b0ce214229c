package beskid.eclipse;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemPackages;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The container of the Eclipse tests: Equinox with the Eclipse runtime set (the versions that
 * resolve there are pinned in the root pom), SCR, the Beskid bundles and beskid.eclipse, and a
 * headless workspace in a fresh temporary folder ({@code osgi.instance.area}).
 */
final class Equinox {
    /** Stands for the beskid.eclipse jar this module built. */
    private static final String ECLIPSE_BUNDLE = "beskid.eclipse";

    /** How long a test waits for a service or a run; a bound, not a measurement. */
    static final long WAIT_MILLIS = TimeUnit.SECONDS.toMillis(60);

    /**
     * In start order. beskid.eclipse starts before core.resources, as in an Eclipse whose bundles
     * are all resolved at launch: starting it resolves it (and what it needs), so the registry
     * has its plugin.xml when the workspace opens and reads the marker types, once.
     */
    private static final String[] BUNDLES = {
        "org.osgi.util.function",
        "org.osgi.util.promise",
        "org.osgi.service.component",
        "org.apache.felix.scr",
        "org.eclipse.equinox.common",
        "org.eclipse.core.jobs",
        "org.eclipse.equinox.registry",
        "org.osgi.service.prefs",
        "org.eclipse.equinox.preferences",
        "org.eclipse.core.contenttype",
        "org.eclipse.equinox.app",
        "org.eclipse.core.runtime",
        "beskid.runtime",
        "beskid.lowering",
        "beskid.backend.jit",
        "beskid.backend.aot",
        ECLIPSE_BUNDLE,
        "org.eclipse.core.expressions",
        "jna",
        "jna-platform",
        "org.eclipse.core.filesystem",
        "org.eclipse.core.resources",
        "org.eclipse.core.variables",
        "org.eclipse.debug.core",
    };

    private Equinox() {}

    static Option withWorkspace() throws IOException {
        File workspace = Files.createTempDirectory("beskid-workspace").toFile();
        Option[] bundles = new Option[BUNDLES.length];
        for (int i = 0; i < BUNDLES.length; i++) {
            String path = BUNDLES[i].equals(ECLIPSE_BUNDLE)
                    ? System.getProperty("beskid.eclipse.bundle")
                    : "target/bundles/" + BUNDLES[i] + ".jar";
            bundles[i] = bundle(jar(path));
        }
        return composite(
                frameworkProperty("osgi.instance.area").value(workspace.toURI().toString()),
                // the debug-mode test drives the child JVM through JDI, which the JDK has outside java.*
                systemPackages("com.sun.jdi", "com.sun.jdi.connect", "com.sun.jdi.event", "com.sun.jdi.request"),
                composite(bundles),
                junitBundles(),
                cleanCaches());
    }

    private static String jar(String path) {
        File jar = new File(path);
        if (!jar.isFile()) {
            throw new IllegalStateException(jar.getAbsolutePath() + " is missing: run through `mvn verify`");
        }
        return jar.toURI().toString();
    }

    /** The installed bundle with this symbolic name. */
    static Bundle installed(BundleContext context, String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName + " is installed");
    }

    /** Waits until a service matching the filter is registered. */
    static void awaitService(BundleContext context, String filter) {
        try {
            ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, context.createFilter(filter), null);
            tracker.open();
            try {
                if (tracker.waitForService(WAIT_MILLIS) == null) {
                    throw new AssertionError("no service " + filter + " was registered");
                }
            } finally {
                tracker.close();
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(filter, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
