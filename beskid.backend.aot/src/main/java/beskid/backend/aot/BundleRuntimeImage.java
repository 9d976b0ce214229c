package beskid.backend.aot;

import beskid.abi.ExecutionEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.SortedMap;
import java.util.TreeMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The runtime image read from the installed runtime bundle (the one that exports
 * {@code beskid.abi}), so an executable embeds exactly the runtime the container runs.
 */
final class BundleRuntimeImage implements RuntimeImage {
    private static final String CLASS_ROOT = "beskid/";

    @Override
    public SortedMap<String, byte[]> classFiles() {
        Bundle runtime = FrameworkUtil.getBundle(ExecutionEntry.class);
        if (runtime == null) {
            throw new IllegalStateException("the runtime bundle is not installed");
        }
        SortedMap<String, byte[]> classes = new TreeMap<>();
        Enumeration<URL> entries = runtime.findEntries(CLASS_ROOT, "*.class", true);
        while (entries != null && entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String path = url.getPath().startsWith("/") ? url.getPath().substring(1) : url.getPath();
            try (InputStream in = url.openStream()) {
                classes.put(path, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path + " from the runtime bundle", e);
            }
        }
        return classes;
    }
}
