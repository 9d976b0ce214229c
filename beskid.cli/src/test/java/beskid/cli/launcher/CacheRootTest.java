package beskid.cli.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacheRootTest {
    private static final String VERSION = ToolchainVersion.get();

    @Test
    void anExplicitFolderWins() {
        assertThat(CacheRoot.resolve("/srv/cache", Map.of("XDG_CACHE_HOME", "/x"), "/home/u"))
                .isEqualTo(Path.of("/srv/cache"));
    }

    @Test
    void xdgCacheHomeIsUsedWhenAbsolute() {
        assertThat(CacheRoot.resolve(null, Map.of("XDG_CACHE_HOME", "/x"), "/home/u"))
                .isEqualTo(Path.of("/x/beskid", VERSION));
    }

    @Test
    void aRelativeOrMissingXdgCacheHomeFallsBackToDotCache() {
        assertThat(CacheRoot.resolve("", Map.of("XDG_CACHE_HOME", "rel"), "/home/u"))
                .isEqualTo(Path.of("/home/u/.cache/beskid", VERSION));
        assertThat(CacheRoot.resolve(null, Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.cache/beskid", VERSION));
    }

    @Test
    void theVersionComesFromTheBuild() {
        assertThat(VERSION).matches("\\d+\\.\\d+\\.\\d+.*");
    }
}
