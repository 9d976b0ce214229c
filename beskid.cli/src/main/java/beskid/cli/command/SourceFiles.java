package beskid.cli.command;

import beskid.lowering.api.SourceUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the source file a command names. */
public final class SourceFiles {
    private static final long MAX_BYTES = 64L << 20;

    private SourceFiles() {
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
