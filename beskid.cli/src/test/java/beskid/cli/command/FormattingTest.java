package beskid.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import beskid.lowering.service.FormatComponent;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code beskid fmt} over the real formatter, without a container: exit codes, writes, messages. */
class FormattingTest {
    private static final String MESSY = "i32 main() { return 0; }\n";
    private static final String TIDY = "i32 main()\n{\n    return 0;\n}\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int fmt(boolean check, String... targets) {
        Toolchain tools = new Toolchain(() -> null, TreeMap::new, () -> null, FormatComponent::new);
        Console console = new Console(out, err, InputStream.nullInputStream());
        return new ProgramActions(tools).fmt(console, List.of(targets), check);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void checkListsTheFilesThatWouldChangeExits1AndWritesNothing() throws Exception {
        Path messy = Files.writeString(dir.resolve("a.bd"), MESSY);
        Files.writeString(dir.resolve("b.bd"), TIDY);
        Files.writeString(dir.resolve("notes.txt"), MESSY);
        assertThat(fmt(true, dir.toString())).isEqualTo(1);
        assertThat(stdout()).isEqualTo(messy + "\n");
        assertThat(Files.readString(messy)).isEqualTo(MESSY);
    }

    @Test
    void checkExits0WhenEverythingIsFormatted() throws Exception {
        Files.writeString(dir.resolve("b.bd"), TIDY);
        assertThat(fmt(true, dir.toString())).isEqualTo(0);
        assertThat(stdout()).isEmpty();
    }

    @Test
    void formattingWritesOnlyChangedFilesAndKeepsTheirPermissions() throws Exception {
        Path messy = Files.writeString(dir.resolve("a.bd"), MESSY);
        Files.setPosixFilePermissions(messy, PosixFilePermissions.fromString("rw-r--r--"));
        Path tidy = Files.writeString(dir.resolve("b.bd"), TIDY);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(tidy, old);
        assertThat(fmt(false, dir.toString())).isEqualTo(0);
        assertThat(Files.readString(messy)).isEqualTo(TIDY);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(messy)))
                .isEqualTo("rw-r--r--");
        assertThat(Files.getLastModifiedTime(tidy))
                .as("an unchanged file is not rewritten")
                .isEqualTo(old);
        assertThat(stdout()).isEqualTo("formatted " + messy + "\n");
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").hasSize(2);
        }
    }

    @Test
    void aFileWithSyntaxErrorsIsUntouchedWithItsDiagnosticsAndExit2() throws Exception {
        String broken = "i32 main() { return 0 }\n";
        Path file = Files.writeString(dir.resolve("bad.bd"), broken);
        Path other = Files.writeString(dir.resolve("ok.bd"), MESSY);
        assertThat(fmt(false, dir.toString())).isEqualTo(2);
        assertThat(Files.readString(file)).isEqualTo(broken);
        assertThat(stderr()).contains(file + ":1:").contains("1 error");
        assertThat(Files.readString(other))
                .as("the other files are still formatted")
                .isEqualTo(TIDY);
    }

    @Test
    void aFileWithSyntaxErrorsAlsoMakesCheckExit2() throws Exception {
        Files.writeString(dir.resolve("bad.bd"), "i32 main( {\n");
        Files.writeString(dir.resolve("ok.bd"), MESSY);
        assertThat(fmt(true, dir.toString())).isEqualTo(2);
    }

    @Test
    void anUnreadableFileIsOneLine() {
        assertThat(fmt(false, dir.resolve("missing.bd").toString())).isEqualTo(2);
        assertThat(stderr())
                .isEqualTo("beskid: cannot read " + dir.resolve("missing.bd") + ": no such file or directory\n");
    }

    @Test
    void aWriteErrorIsOneLine() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("ro"));
        Path messy = Files.writeString(sub.resolve("a.bd"), MESSY);
        Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(sub), "running as root: nothing is read-only");
            assertThat(fmt(false, messy.toString())).isEqualTo(2);
            assertThat(stderr()).startsWith("beskid: cannot write " + messy).endsWith("\n");
            assertThat(stderr().strip()).doesNotContain("\n");
            assertThat(Files.readString(messy)).isEqualTo(MESSY);
        } finally {
            Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
