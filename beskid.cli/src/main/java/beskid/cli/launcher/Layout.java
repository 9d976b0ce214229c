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
 * else {@code dist/bundles} beside this jar) plus this jar itself, which is the CLI bundle.
 */
record Layout(List<Path> bundles, Path cache) {
    static Layout find() throws IOException {
        Path self;
        try {
            self = Path.of(Launcher.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the launcher jar: " + e.getMessage(), e);
        }
        String configured = System.getProperty("beskid.bundles");
        Path dir = configured != null
                ? Path.of(configured)
                : self.resolveSibling("dist").resolve("bundles");
        List<Path> bundles = new ArrayList<>();
        try (Stream<Path> jars = Files.list(dir)) {
            jars.filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .sorted()
                    .forEach(bundles::add);
        }
        if (Files.isRegularFile(self)) {
            bundles.add(self);
        }
        String cache = System.getProperty("beskid.cache");
        return new Layout(List.copyOf(bundles), cache != null ? Path.of(cache) : dir.resolveSibling("felix-cache"));
    }
}
