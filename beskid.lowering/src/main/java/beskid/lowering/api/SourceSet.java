package beskid.lowering.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A program's sources: its entry file and the loader that finds the module files the entry
 * loads, transitively ({@code pub mod name;}). A single file is a source set whose loader finds
 * nothing.
 *
 * @param entry the file named to {@code run}, {@code check}, {@code build} or {@code test}
 * @param loader finds module files by their path relative to the entry file's folder
 */
public record SourceSet(SourceUnit entry, SourceLoader loader) {
    /** Requires both parts. */
    public SourceSet {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(loader, "loader");
    }

    /** A program of one file: module declarations find no files. */
    public static SourceSet of(SourceUnit entry) {
        return new SourceSet(entry, SourceLoader.none());
    }

    /**
     * The program whose entry is the file {@code entry}, its modules read from the entry's
     * folder. Paths are shown as given: entry {@code corpus/app.bd} shows its module as
     * {@code corpus/geo/mod.bd}.
     *
     * @throws IOException when the entry cannot be read
     */
    public static SourceSet read(Path entry) throws IOException {
        SourceUnit unit = new SourceUnit(entry.toString(), Files.readAllBytes(entry));
        return new SourceSet(unit, loaderBeside(entry));
    }

    /** The loader for the modules of the entry file {@code entry}: its folder, shown as given. */
    public static SourceLoader loaderBeside(Path entry) {
        Path folder = entry.getParent();
        String shown = folder == null ? "" : folder + entry.getFileSystem().getSeparator();
        return SourceLoader.folder(folder == null ? Path.of("") : folder, shown);
    }
}
