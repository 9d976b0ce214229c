package beskid.lowering.service;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.SourceSet;
import beskid.lowering.api.SourceUnit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The artifact's source hash names exactly the program it was lowered from: a build cache or a
 * debugger that finds the same hash must find the same files at the same paths.
 */
class SourceHashTest {
    private static final String MAIN = """
            use Std.System.IO;
            pub mod util;
            i32 main() {
                IO.Println("${util.twice(21)}");
                return 0;
            }
            """;
    private static final String UTIL = "pub i64 twice(i64 x) { return x * 2; }\n";

    private static String hash(String entryPath, String utilPath, String util) {
        SourceUnit entry = new SourceUnit(entryPath, MAIN.getBytes(StandardCharsets.UTF_8));
        Map<String, SourceUnit> files =
                Map.of("util.bd", new SourceUnit(utilPath, util.getBytes(StandardCharsets.UTF_8)));
        LoweredArtifact artifact =
                new LoweringComponent().lower(new SourceSet(entry, files::get)).artifact();
        assertThat(artifact).as("the two-file program lowers").isNotNull();
        return artifact.sourceHash();
    }

    @Test
    void aProgramOfOneFileIsHashedAsItsBytes() throws Exception {
        LoweredArtifact artifact = new LoweringComponent()
                .lower(new SourceUnit("one.bd", UTIL.getBytes(StandardCharsets.UTF_8)))
                .artifact();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(UTIL.getBytes(StandardCharsets.UTF_8));
        assertThat(artifact.sourceHash()).isEqualTo(HexFormat.of().formatHex(digest));
    }

    @Test
    void sameFilesAtTheSamePathsGiveTheSameHash() {
        assertThat(hash("app.bd", "util.bd", UTIL)).isEqualTo(hash("app.bd", "util.bd", UTIL));
    }

    @Test
    void changingAModuleFileChangesTheHash() {
        String changed = UTIL.replace("x * 2", "x + x");
        assertThat(hash("app.bd", "util.bd", changed)).isNotEqualTo(hash("app.bd", "util.bd", UTIL));
    }

    @Test
    void theFolderTheProgramIsShownInDoesNotChangeTheHash() {
        // files are hashed by their path relative to the entry, so a copied checkout hits the cache
        assertThat(hash("src/app.bd", "src/util.bd", UTIL)).isEqualTo(hash("app.bd", "util.bd", UTIL));
    }

    @Test
    void aMultiFileHashIsNotTheEntrysOwnHash() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(MAIN.getBytes(StandardCharsets.UTF_8));
        assertThat(hash("app.bd", "util.bd", UTIL)).isNotEqualTo(HexFormat.of().formatHex(digest));
    }
}
