package beskid.lowering.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Module URIs resolved against an entry's, and the files behind file: URIs (spaces, escapes). */
class UrisTest {
    @TempDir
    Path dir;

    @Test
    void testResolve_inTheEntrysFolder_keepingFileUrisThreeSlashed() {
        assertThat(Uris.resolve("file:///w/app/main.bd", "geo/mod.bd")).isEqualTo("file:///w/app/geo/mod.bd");
        assertThat(Uris.resolve("file:///w/my%20app/main.bd", "tools.bd")).isEqualTo("file:///w/my%20app/tools.bd");
        assertThat(Uris.resolve("file://host/w/main.bd", "tools.bd")).isEqualTo("file://host/w/tools.bd");
        assertThat(Uris.resolve("beskid-std:///Std/System/IO.bd", "Time.bd"))
                .isEqualTo("beskid-std:/Std/System/Time.bd");
        // not a URI at all (an unescaped space): the text up to the last slash
        assertThat(Uris.resolve("file:///w/my app/main.bd", "tools.bd")).isEqualTo("file:///w/my app/tools.bd");
        assertThat(Uris.resolve("my app", "tools.bd")).isEqualTo("tools.bd");
    }

    @Test
    void testPathAndOf_roundTripWithSpacesAndNonAscii() {
        Path file = dir.resolve("my dir").resolve("zażółć.bd");
        String uri = Uris.of(file);
        assertThat(uri).startsWith("file:///").contains("/my%20dir/");
        assertThat(Uris.path(uri)).isEqualTo(file.toAbsolutePath());
        assertThat(Uris.path(uri.replaceFirst("^file", "FILE"))).isEqualTo(file.toAbsolutePath());
        assertThat(Uris.of(dir.resolve("a/../b.bd"))).isEqualTo(Uris.of(dir.resolve("b.bd")));
    }

    @Test
    void testPath_nullForOtherUris() {
        assertThat(Uris.path("untitled:Untitled-1")).isNull();
        assertThat(Uris.path("beskid-std:///Std/System/IO.bd")).isNull();
        assertThat(Uris.path("file:///w/my app.bd")).isNull(); // not a URI
        assertThat(Uris.path("file:relative.bd")).isNull(); // not hierarchical
    }

    @Test
    void testDepth_countsSlashes() {
        assertThat(Uris.depth("file:///w/main.bd")).isEqualTo(4);
        assertThat(Uris.depth("file:///w/geo/mod.bd")).isEqualTo(5);
        assertThat(Uris.depth("untitled:x")).isZero();
    }
}
