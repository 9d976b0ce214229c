package beskid.cli.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.felix.framework.Felix;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

/**
 * Makes and starts the embedded Felix. The bundle cache is kept between runs; when another
 * {@code beskid} process holds it, this one uses a private throw-away cache instead of failing.
 */
final class FrameworkFactory {
    private static volatile Path cacheInUse;

    private FrameworkFactory() {}

    static Felix start(Layout layout) throws BundleException, IOException {
        try {
            return start(layout.cache(), false);
        } catch (BundleException | IllegalStateException e) {
            Path scratch = Files.createTempDirectory("beskid-felix-");
            scratch.toFile().deleteOnExit();
            return start(scratch, true);
        }
    }

    private static Felix start(Path cache, boolean scratch) throws BundleException {
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, scratch ? Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT : "none");
        // The launcher reports start failures itself, once, without Felix's stack traces.
        config.put("felix.log.level", "0");
        Felix felix = new Felix(config);
        felix.init();
        cacheInUse = cache;
        return felix;
    }

    static String cacheHint() {
        return "the bundle cache at " + cacheInUse + " (delete it to start afresh)";
    }
}
