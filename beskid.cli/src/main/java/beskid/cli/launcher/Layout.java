package beskid.cli.launcher;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the distribution's pieces are: the bundles folder (system property {@code beskid.bundles},
 * else {@code ../bundles} beside this jar's {@code lib/} folder, as unpacked from the
 * distribution), this jar itself, which is the CLI bundle, and the per-user {@link CacheRoot}.
 */
record Layout(List<Path> bundles, Path cacheRoot) {
    static Layout find() throws IOException {
        Path self = codeSource(Launcher.class);
        String configured = System.getProperty("beskid.bundles");
        Path dir = configured != null
                ? Path.of(configured)
                : self.toAbsolutePath().getParent().resolveSibling("bundles");
        List<Path> bundles = new ArrayList<>();
        try (Stream<Path> jars = Files.list(dir)) {
            jars.filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .sorted()
                    .forEach(bundles::add);
        }
        if (Files.isRegularFile(self)) {
            bundles.add(self);
        }
        return new Layout(List.copyOf(bundles), CacheRoot.resolve());
    }

    /** The jar (or classes folder) a class of the launcher's class path was loaded from. */
    static Path codeSource(Class<?> type) throws IOException {
        try {
            return Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot locate the jar of " + type.getName() + ": " + e.getMessage(), e);
        }
    }
}
