package beskid.cli.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.felix.framework.Felix;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

/** Makes the embedded Felix, on a cache that {@link BundleCaches} handed out. */
final class FrameworkFactory {
    private static final long STOP_TIMEOUT_MS = 30_000;
    private static volatile Path cacheInUse;

    private FrameworkFactory() {}

    /**
     * An initialised framework on a complete cache (the bundles are there, not yet started),
     * exporting the {@link SystemPackages} kept for this JVM, or computing and keeping them.
     */
    static Felix start(Path cache, SystemPackages systemPackages) throws BundleException {
        Map<String, Object> config = config(cache, false);
        String kept = systemPackages.read();
        if (kept != null) {
            config.put(Constants.FRAMEWORK_SYSTEMPACKAGES, kept);
        }
        Felix felix = new Felix(config);
        felix.init();
        cacheInUse = cache;
        if (kept == null) {
            systemPackages.keep(felix);
        }
        return felix;
    }

    /**
     * Builds a fresh cache holding the jars as bundles, starts it once and stops it cleanly: on
     * that stop Felix SCR writes what it read from every bundle's component descriptions into
     * its data area ({@code ds.cache.metadata}), so no start from a copy of this cache parses
     * them again (it reads them only for a bundle whose jar changed since).
     */
    static void buildTemplate(Path dir, List<Path> jars) throws BundleException, IOException {
        Felix felix = new Felix(config(dir, true));
        felix.init();
        try {
            BundleSet.prepare(felix.getBundleContext(), jars);
            felix.start();
        } finally {
            felix.stop();
            try {
                felix.waitForStop(STOP_TIMEOUT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Map<String, Object> config(Path cache, boolean fresh) {
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, fresh ? Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT : "none");
        // BundleCaches decides who may use which cache; Felix's own lock is only advisory.
        config.put("felix.cache.locking", "false");
        // The launcher reports start failures itself, once, without Felix's stack traces.
        config.put("felix.log.level", "0");
        // SCR keeps the component descriptions it parsed, checked against each bundle's
        // last-modified time (see buildTemplate).
        config.put("ds.cache.metadata", "true");
        return config;
    }

    static String cacheHint() {
        return "the bundle cache at " + cacheInUse + " (delete it to start afresh)";
    }
}
