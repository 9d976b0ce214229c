package beskid.cli.command;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file through a temporary sibling, so a failure never leaves half a file behind.
 * Only a regular file is ever replaced: a device, a folder or a fifo at the target is refused,
 * never renamed over (as root, {@code -o /dev/null} would otherwise replace the device).
 */
final class AtomicFiles {
    private AtomicFiles() {}

    static void write(Path out, byte[] content) {
        refuseUnlessRegularOrAbsent(out);
        Path parent = out.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UserError(
                    "cannot write " + out + ": cannot make its folder " + parent + ": " + IoErrors.cause(e));
        }
        // Created with the default mode, so the umask decides (0644 under the usual 022), as
        // for any file a tool writes; createTempFile would make it 0600.
        Path temp = parent.resolve(
                ".beskid-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
            try (OutputStream stream = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                stream.write(content);
            }
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserError("cannot write " + out + ": " + IoErrors.cause(e));
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Refuses a target that exists and is not a regular file (a symbolic link counts as what it names). */
    static void refuseUnlessRegularOrAbsent(Path out) {
        if (Files.exists(out) && !Files.isRegularFile(out)) {
            throw new UserError("refusing to write " + out + ": it is not a regular file");
        }
        if (!Files.exists(out) && Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new UserError("refusing to write " + out + ": it is a dangling symbolic link");
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // Nothing was written there, or it is gone: either way no half file is left as the target.
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
