package beskid.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file through a temporary sibling, so a failure never leaves half a file behind. */
final class AtomicFiles {
    private AtomicFiles() {}

    static void write(Path out, byte[] content) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, ".beskid-", ".tmp");
            try {
                Files.write(temp, content);
                Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + out + ": " + e.getMessage());
        }
    }
}
