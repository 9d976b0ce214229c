package beskid.cli.command;

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

    /** The file as a source unit whose path is shown as given. */
    public static SourceUnit read(String file) {
        Path path = Path.of(file);
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
