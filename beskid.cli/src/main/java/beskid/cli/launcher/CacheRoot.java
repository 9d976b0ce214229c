package beskid.cli.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * The per-user folder that holds the launcher's bundle caches: {@code -Dbeskid.cache} when given
 * (a checkout and the tests keep theirs in {@code target/}), else
 * {@code $XDG_CACHE_HOME/beskid/<version>}, else {@code ~/.cache/beskid/<version>}. The install
 * folder itself is never written, so it may be read-only and shared by many users.
 */
final class CacheRoot {
    private CacheRoot() {}

    static Path resolve() {
        return resolve(System.getProperty("beskid.cache"), System.getenv(), System.getProperty("user.home"));
    }

    static Path resolve(String configured, Map<String, String> env, String home) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        String xdg = env.get("XDG_CACHE_HOME");
        // The XDG base directory spec says a relative value is invalid and must be ignored.
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".cache");
        return base.resolve("beskid").resolve(ToolchainVersion.get());
    }
}
