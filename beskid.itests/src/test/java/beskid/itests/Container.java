package beskid.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * What every integration test installs: the runtime bundle and what it needs (SCR with its
 * API bundles, ConfigAdmin, ASM for generating programs in the test), from the file: URLs of
 * target/bundles (copied there in pre-integration-test). beskid.abi is never installed on its
 * own: the runtime alone exports it. {@link #toolchain()} adds the real reactor bundles above
 * the runtime: lowering, both backends, the Gogo runtime and the CLI bundle with its commands.
 */
final class Container {
    /** How long a test waits for a service or a reconfiguration; a bound, not a measurement. */
    static final long WAIT_MILLIS = TimeUnit.SECONDS.toMillis(30);

    static final String RUNTIME = "beskid.runtime";
    static final String LOWERING = "beskid.lowering";
    static final String JIT = "beskid.backend.jit";
    static final String AOT = "beskid.backend.aot";
    static final String CLI = "beskid.cli";
    static final String LSP = "beskid.lsp";

    private Container() {}

    /** The base options: framework bundles first, then the runtime. */
    static Option base() {
        return composite(
                installed("org.osgi.util.function"),
                installed("org.osgi.util.promise"),
                installed("org.osgi.service.component"),
                installed("org.apache.felix.scr"),
                installed("org.apache.felix.configadmin"),
                installed("asm"),
                installed("beskid.runtime"),
                junitBundles(),
                cleanCaches());
    }

    /**
     * The base, then the toolchain as the launcher installs it: lowering, the JIT and AOT
     * backends, the language server with LSP4J and gson, the Gogo runtime and the CLI bundle.
     * Gogo comes before the CLI so the CLI's optional import of org.apache.felix.service.command
     * is wired when it resolves.
     */
    static Option toolchain() {
        return composite(
                base(),
                installed(LOWERING),
                installed(JIT),
                installed(AOT),
                installed("gson"),
                installed("org.eclipse.lsp4j.jsonrpc"),
                installed("org.eclipse.lsp4j"),
                installed(LSP),
                installed("org.apache.felix.gogo.runtime"),
                installed(CLI));
    }

    private static Option installed(String artifactId) {
        return bundle(location(artifactId));
    }

    /** The file: URL a bundle of target/bundles is installed from (and can be reinstalled or updated from). */
    static String location(String artifactId) {
        File jar = new File("target/bundles/" + artifactId + ".jar");
        if (!jar.isFile()) {
            throw new IllegalStateException(jar.getAbsolutePath() + " is missing: run through `mvn verify`");
        }
        return jar.toURI().toString();
    }

    /** The installed bundle with this symbolic name; fails when there is none. */
    static Bundle installedBundle(BundleContext context, String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName + " is installed");
    }

    /**
     * The service, waiting up to {@link #WAIT_MILLIS} for SCR to register it; fails when it never
     * comes. The test keeps using it until its probe bundle stops (never ungot, so a delayed
     * component or a service factory is not released under the test's feet).
     */
    static <T> T service(BundleContext context, Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            if (tracker.waitForService(WAIT_MILLIS) == null) {
                throw new AssertionError("no " + type.getName() + " service was registered");
            }
            ServiceReference<T> reference = tracker.getServiceReference();
            return context.getService(reference);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }

    /** A property of cnf/abi.bnd (the version and symbol list the runtime was built with). */
    static String abiBnd(String key) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("cnf/abi.bnd");
            if (Files.isRegularFile(file)) {
                Properties properties = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(in);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                String value = properties.getProperty(key);
                if (value == null) {
                    throw new IllegalStateException(file + " has no " + key);
                }
                return value.trim();
            }
        }
        throw new IllegalStateException("no cnf/abi.bnd above " + Path.of("").toAbsolutePath());
    }
}
