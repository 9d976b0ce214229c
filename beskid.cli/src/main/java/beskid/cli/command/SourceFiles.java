package beskid.cli.command;

import beskid.lowering.api.SourceSet;
import beskid.lowering.api.SourceUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads the source file a command names. */
public final class SourceFiles {
    private static final long MAX_BYTES = 64L << 20;

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

    private static SourceUnit read(Path path, String file) {
        try {
            if (Files.isDirectory(path)) {
                throw new UserError(file + " is a directory, not a .bd file");
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new UserError(file + " is larger than " + (MAX_BYTES >> 20) + " MiB");
            }
            return new SourceUnit(file, Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            throw new UserError("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new UserError("cannot read " + file + ": " + e.getMessage());
        }
    }
}
