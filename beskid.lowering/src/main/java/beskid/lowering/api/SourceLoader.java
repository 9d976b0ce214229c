package beskid.lowering.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Finds the module files a program loads ({@code pub mod util;} asks for {@code util.bd}, then
 * {@code util/mod.bd}). The caller supplies it: the command line reads files, an IDE hands out
 * its open buffers before the files on disk.
 */
@ConsumerType
@FunctionalInterface
public interface SourceLoader {
    /**
     * The file at {@code path}, or null when there is none.
     *
     * @param path relative to the entry file's folder, segments separated by {@code /}, e.g.
     *        {@code geo/shapes.bd}; never absolute, never with {@code ..}
     * @return the file, whose {@link SourceUnit#path()} is what diagnostics show for it
     * @throws IOException when the file is there but cannot be read
     */
    SourceUnit load(String path) throws IOException;

    /** A loader that finds nothing: the program is its entry file alone. */
    static SourceLoader none() {
        return path -> null;
    }

    /**
     * Reads files under {@code folder}; each is shown as {@code shownAs} followed by its
     * relative path (so {@code corpus/} shows {@code corpus/geo/mod.bd}).
     */
    static SourceLoader folder(Path folder, String shownAs) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(shownAs, "shownAs");
        return path -> {
            Path file = folder.resolve(path);
            if (!Files.isRegularFile(file)) {
                return null;
            }
            try {
                return new SourceUnit(shownAs + path, Files.readAllBytes(file));
            } catch (NoSuchFileException e) {
                return null; // removed since the check above: as good as never there
            }
        };
    }
}
