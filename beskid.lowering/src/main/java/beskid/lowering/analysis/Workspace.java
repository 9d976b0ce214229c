package beskid.lowering.analysis;

import beskid.lowering.analysis.api.Analysis;
import beskid.lowering.analysis.api.AnalysisWorkspace;
import beskid.lowering.check.ModuleLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An editor's open documents over a workspace folder. Each {@link #analysis()} after a change
 * checks again only the programs whose files changed, from cached parses of every file that
 * did not.
 */
public final class Workspace implements AnalysisWorkspace {
    /** At most this many files of a workspace folder are searched for references. */
    static final int MAX_FILES = 5_000;

    private final ModuleLoader std;
    private final Path root;
    private final Map<String, byte[]> open = new TreeMap<>();
    private final ParseCache parses = new ParseCache();
    private final Declarers declarers;
    private Map<String, ProgramRun> openRuns = Map.of();
    private Map<String, ProgramRun> diskRuns = Map.of();
    private Snapshot current;

    /**
     * @param std the checked standard library
     * @param root the workspace folder, or null
     */
    public Workspace(ModuleLoader std, Path root) {
        this.std = std;
        this.root = root == null ? null : root.toAbsolutePath().normalize();
        this.declarers = new Declarers(this.root, parses, std);
    }

    @Override
    public synchronized void update(String uri, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (java.util.Arrays.equals(open.put(uri, bytes), bytes)) {
            return; // the same text again: the analysis stands
        }
        current = null;
    }

    @Override
    public synchronized void remove(String uri) {
        if (open.remove(uri) != null) {
            parses.remove(uri);
            current = null;
        }
    }

    @Override
    public synchronized Analysis analysis() {
        if (current == null) {
            current = BigStack.call(this::check);
        }
        return current;
    }

    @Override
    public synchronized void close() {
        open.clear();
        parses.clear();
        openRuns = Map.of();
        diskRuns = Map.of();
        current = null;
    }

    private Snapshot check() {
        Map<String, byte[]> texts = new TreeMap<>(open);
        Sources sources = new Sources(texts);
        Programs.Result result =
                Programs.check(new ArrayList<>(texts.keySet()), sources, parses, std, openRuns, Map.of());
        declarers.adopt(result, sources);
        openRuns = Programs.byEntry(result.runs());
        forgetUnusedParses();
        return new Snapshot(this, sources, texts.keySet(), result);
    }

    /** Drops the parses of files no program in use loads (a module file removed from its program, say). */
    private void forgetUnusedParses() {
        Set<String> used = new HashSet<>();
        for (Map<String, ProgramRun> runs : List.of(openRuns, diskRuns)) {
            runs.values().forEach(r -> used.addAll(r.files().keySet()));
        }
        declarers.runs().forEach(r -> used.addAll(r.files().keySet()));
        parses.retain(used);
    }

    /** The programs of the workspace folder's files that no open document's program covers. */
    synchronized List<ProgramRun> folderPrograms(Sources sources, Map<String, ProgramRun> taken) {
        if (root == null) {
            return List.of();
        }
        List<String> files = BigStack.call(() -> {
            List<String> out = new ArrayList<>();
            for (Path p : sourceFiles(root)) {
                out.add(Uris.of(p));
            }
            return out;
        });
        Programs.Result result = BigStack.call(() -> Programs.check(files, sources, parses, std, diskRuns, taken));
        diskRuns = Programs.byEntry(result.runs());
        forgetUnusedParses();
        return result.runs();
    }

    /** The {@code .bd} files under a folder, hidden folders skipped, at most {@link #MAX_FILES}. */
    static List<Path> sourceFiles(Path folder) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        Set<Path> seen = new HashSet<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name =
                            dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean skip = !dir.equals(folder) && (name.startsWith(".") || !seen.add(dir));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".bd")) {
                        out.add(file);
                    }
                    return out.size() >= MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // an unreadable file holds no references
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(null);
        return out;
    }
}
