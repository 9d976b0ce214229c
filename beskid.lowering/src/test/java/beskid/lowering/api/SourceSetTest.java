package beskid.lowering.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Source sets: one file, and files read beside an entry file. */
class SourceSetTest {
    @TempDir
    Path dir;

    @Test
    void testOf_aSingleFileFindsNoModules() throws IOException {
        SourceSet single = SourceSet.of(SourceUnit.of("main.bd", "i32 main() { return 0; }"));
        assertThat(single.entry().path()).isEqualTo("main.bd");
        assertThat(single.loader().load("util.bd")).isNull();
    }

    @Test
    void testRead_modulesComeFromTheEntrysFolderShownWithItsPrefix() throws IOException {
        Path app = Files.createDirectories(dir.resolve("app"));
        Files.writeString(app.resolve("main.bd"), "pub mod util;");
        Files.createDirectories(app.resolve("util"));
        Files.writeString(app.resolve("util/mod.bd"), "pub i32 n() { return 1; }");
        SourceSet program = SourceSet.read(app.resolve("main.bd"));
        assertThat(program.entry().path()).isEqualTo(app.resolve("main.bd").toString());
        assertThat(new String(program.entry().content(), StandardCharsets.UTF_8))
                .isEqualTo("pub mod util;");
        assertThat(program.loader().load("util.bd")).isNull();
        SourceUnit util = program.loader().load("util/mod.bd");
        assertThat(util.path()).isEqualTo(app + dir.getFileSystem().getSeparator() + "util/mod.bd");
        assertThat(new String(util.content(), StandardCharsets.UTF_8)).isEqualTo("pub i32 n() { return 1; }");
    }

    @Test
    void testFolder_aFolderIsNotAFile() throws IOException {
        Files.createDirectories(dir.resolve("util.bd"));
        assertThat(SourceLoader.folder(dir, "").load("util.bd")).isNull();
    }
}
