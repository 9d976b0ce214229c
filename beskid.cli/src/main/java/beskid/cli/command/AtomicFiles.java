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

    /**
     * Replaces an existing file through a temporary sibling, keeping the file's POSIX
     * permissions (a temporary file is created owner-only).
     */
    static void replace(Path file, byte[] content) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Path temp = Files.createTempFile(parent, ".beskid-", ".tmp");
            try {
                Files.write(temp, content);
                if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
                    Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
                }
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + file + ": " + e.getMessage());
        }
    }
}
