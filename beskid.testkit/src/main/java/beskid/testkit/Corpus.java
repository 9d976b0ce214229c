package beskid.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The conformance corpus as every test that runs it sees it: the repository's own {@code corpus/}
 * folder, always, plus the extra folders named by {@code -Dbeskid.extraCorpus=DIR[,DIR]}.
 *
 * <p>A program is a {@code .bd} file directly in a corpus folder. Files in its subfolders are
 * the modules such programs load ({@code pub mod util;} finds {@code util/mod.bd}), never
 * programs of their own. A missing or empty in-repo corpus, or a missing extra folder, is a
 * failure: a test that silently finds nothing proves nothing.
 */
public final class Corpus {
    /** System property naming the in-repo corpus folder (set by the build). */
    public static final String CORPUS_PROPERTY = "beskid.corpus";
    /** System property naming extra corpus folders, comma separated. */
    public static final String EXTRA_PROPERTY = "beskid.extraCorpus";

    private Corpus() {}

    /** The repository's own corpus folder. */
    public static Path home() {
        String configured = System.getProperty(CORPUS_PROPERTY, "");
        Path dir = configured.isBlank() ? findUpwards() : Path.of(configured);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the in-repo corpus is missing: " + dir.toAbsolutePath());
        }
        return dir.toAbsolutePath().normalize();
    }

    /** One file of the in-repo corpus, which must exist. */
    public static Path file(String name) {
        Path file = home().resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("corpus program missing: " + file);
        }
        return file;
    }

    /** The in-repo corpus first, then each extra folder, in the order given. */
    public static List<Path> folders() {
        List<Path> folders = new ArrayList<>();
        Path home = home();
        folders.add(home);
        for (String extra : System.getProperty(EXTRA_PROPERTY, "").split(",")) {
            if (extra.isBlank()) {
                continue;
            }
            // A relative folder is taken from the repository root, where the build was started.
            Path dir = home.getParent().resolve(extra.trim()).normalize();
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("extra corpus folder not found: " + dir);
            }
            folders.add(dir);
        }
        return folders;
    }

    /** Every program of every corpus folder, each folder sorted by name. */
    public static List<Path> programs() {
        List<Path> programs = new ArrayList<>();
        for (Path folder : folders()) {
            List<Path> here = programsIn(folder);
            if (here.isEmpty()) {
                throw new IllegalStateException("no corpus programs in " + folder);
            }
            programs.addAll(here);
        }
        return programs;
    }

    /** The programs directly in one folder, sorted by name. */
    public static List<Path> programsIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".bd") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A label for reports: the path from the repository root for its own programs
     * ({@code corpus/hello.bd}, {@code examples/hello.bd}), the whole path for an extra folder's.
     */
    public static String label(Path program) {
        Path root = home().getParent();
        Path file = program.toAbsolutePath().normalize();
        return file.startsWith(root) ? root.relativize(file).toString() : file.toString();
    }

    private static Path findUpwards() {
        // Outside Maven (an IDE running one test), the module folder's parent holds corpus/.
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("corpus/README.md"))) {
                return dir.resolve("corpus");
            }
        }
        return Path.of("corpus");
    }
}
