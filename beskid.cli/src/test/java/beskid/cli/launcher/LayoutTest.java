package beskid.cli.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The distribution's layout: the jars of the bundles folder, sorted, nothing else. */
class LayoutTest {
    @TempDir
    Path dir;

    @AfterEach
    void clearProperties() {
        System.clearProperty("beskid.bundles");
    }

    @Test
    void testFind_theConfiguredFolderSortedAndJarsOnly() throws Exception {
        Path bundles = Files.createDirectories(dir.resolve("dist/bundles"));
        Files.writeString(bundles.resolve("b.jar"), "");
        Files.writeString(bundles.resolve("a.jar"), "");
        Files.writeString(bundles.resolve("notes.txt"), "");
        System.setProperty("beskid.bundles", bundles.toString());
        // the launcher's own location is a classes folder here, not a jar: it is not a bundle then
        assertThat(Layout.find().bundles()).containsExactly(bundles.resolve("a.jar"), bundles.resolve("b.jar"));
    }
}
