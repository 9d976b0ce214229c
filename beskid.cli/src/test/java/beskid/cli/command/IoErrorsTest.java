package beskid.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** The causes users read: never the temporary path the JDK's message names. */
class IoErrorsTest {
    @Test
    void testCause_accessDeniedIsPermissionDenied() {
        // Tests run as root here, where no file is unreadable: the process-level test is skipped then.
        assertThat(IoErrors.cause(new AccessDeniedException("/x/.beskid-123.tmp")))
                .isEqualTo("permission denied");
    }

    @Test
    void testCause_namesTheReasonNotThePath() {
        assertThat(IoErrors.cause(new NoSuchFileException("/proc/.beskid-1.tmp")))
                .isEqualTo("no such file or directory");
        assertThat(IoErrors.cause(new FileSystemException("/mnt/.beskid-1.tmp", null, "Read-only file system")))
                .isEqualTo("read-only file system");
        assertThat(IoErrors.cause(new IOException("No space left on device"))).isEqualTo("No space left on device");
    }
}
