package beskid.cli.command;

import beskid.lowering.api.SourceSet;
import beskid.lowering.api.SourceUnit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads the source file a command names. */
public final class SourceFiles {
    /** The largest source file any command reads (64 MiB), documented in docs/RELIABILITY.md. */
    public static final long MAX_BYTES = 64L << 20;

    private SourceFiles() {}

    /** The file itself, or every {@code .bd} file under a folder, sorted. */
    public static List<String> list(String fileOrDir) {
        Path path = Path.of(fileOrDir);
        if (!Files.isDirectory(path)) {
            return List.of(fileOrDir);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            List<String> files = walk.filter(p -> p.toString().endsWith(".bd") && Files.isRegularFile(p))
                    .map(Path::toString)
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new UserError("no .bd files under " + fileOrDir);
            }
            return files;
        } catch (IOException e) {
            throw new UserError("cannot list " + fileOrDir + ": " + e.getMessage());
        }
    }

    /**
     * The program whose entry is {@code file}: the file, shown as given, and a loader for the
     * module files it declares ({@code pub mod util;}), read from the file's folder and shown
     * with the same folder prefix ({@code app/main.bd} shows {@code app/util.bd}).
     */
    public static SourceSet program(String file) {
        SourceUnit entry = read(file);
        Path folder = Path.of(file).getParent();
        String shown = folder == null ? "" : folder + folder.getFileSystem().getSeparator();
        Path base = folder == null ? Path.of("") : folder;
        return new SourceSet(entry, path -> {
            Path module = base.resolve(path);
            return Files.isRegularFile(module) ? read(module, shown + path) : null;
        });
    }

    /** The file as a source unit whose path is shown as given. */
    public static SourceUnit read(String file) {
        return read(Path.of(file), file);
    }

    /**
     * Only a regular file of at most {@link #MAX_BYTES} is read: a device ({@code /dev/zero}), a
     * fifo or a folder is refused before reading, and a file that grows past the limit while
     * read is refused too.
     */
    private static SourceUnit read(Path path, String file) {
        if (Files.isDirectory(path)) {
            throw new UserError(file + " is a directory, not a .bd file");
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw new UserError("cannot read " + file + ": not a regular file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new UserError("cannot read " + file + ": larger than the limit of " + (MAX_BYTES >> 20) + " MiB");
            }
            return new SourceUnit(file, bytes);
        } catch (IOException e) {
            throw new UserError("cannot read " + file + ": " + IoErrors.cause(e));
        }
    }
}
