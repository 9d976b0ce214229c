package beskid.lowering.analysis;

import beskid.lowering.api.SourceUnit;
import beskid.lowering.ast.ModDecl;
import beskid.lowering.check.ModuleLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the program an open module file belongs to when its entry is not open: a file that
 * declares it with {@code pub mod}, searched in the module file's folder and the folders above
 * it up to the workspace folder, then that file's own declarer, and so on. Only files that
 * look like modules are searched for (a {@code mod.bd}, a file that names its own module, or
 * one without {@code main}), so an entry costs nothing.
 */
final class Declarers {
    private static final int MAX_LEVELS = 8;

    private final Path root;
    private final ParseCache cache;
    private final ModuleLoader std;
    private Map<String, ProgramRun> runs = new LinkedHashMap<>();

    Declarers(Path root, ParseCache cache, ModuleLoader std) {
        this.root = root;
        this.cache = cache;
        this.std = std;
    }

    /** Moves open files whose own program is only themselves to the program that declares them. */
    void adopt(Programs.Result result, Sources sources) {
        Map<String, ProgramRun> used = new LinkedHashMap<>();
        for (ProgramRun run : List.copyOf(result.runs())) {
            if (result.owners().get(run.entryUri()) != run || !looksLikeModule(run)) {
                continue;
            }
            ProgramRun owner = owner(run.entryUri(), sources, used);
            if (owner == null) {
                continue;
            }
            if (!result.runs().contains(owner)) {
                result.runs().add(owner);
            }
            for (String file : owner.files().keySet()) {
                if (result.owners().containsKey(file)) {
                    result.owners().put(file, owner);
                }
            }
        }
        result.runs().removeIf(r -> !result.owners().containsValue(r));
        runs = used;
    }

    /** The declaring programs the last {@link #adopt} used. */
    java.util.Collection<ProgramRun> runs() {
        return runs.values();
    }

    private static boolean looksLikeModule(ProgramRun run) {
        ProgramRun.FileData entry = run.file(run.entryUri());
        if (entry == null) {
            return false;
        }
        var items = entry.file().unit().items();
        return entry.uri().endsWith("/mod.bd")
                || !items.isEmpty() && items.get(0) instanceof ModDecl m && !m.pub()
                || !entry.file().module().functions().containsKey("main");
    }

    /** The outermost program that loads {@code uri} as a module file, or null. */
    private ProgramRun owner(String uri, Sources sources, Map<String, ProgramRun> used) {
        ProgramRun found = null;
        String current = uri;
        for (int level = 0; level < MAX_LEVELS; level++) {
            ProgramRun parent = declarer(current, uri, sources, used);
            if (parent == null) {
                break;
            }
            found = parent;
            current = parent.entryUri();
        }
        return found;
    }

    /** A program whose entry declares {@code uri} and loads {@code target} as a module file, or null. */
    private ProgramRun declarer(String uri, String target, Sources sources, Map<String, ProgramRun> used) {
        Path file = Uris.path(uri);
        if (file == null || root == null || !file.startsWith(root) || file.getParent() == null) {
            return null;
        }
        String fileName = file.getFileName().toString();
        Path dir = file.getParent();
        String name;
        if (fileName.equals("mod.bd")) {
            name = dir.getFileName() == null ? null : dir.getFileName().toString();
            dir = dir.getParent();
        } else {
            name = fileName.substring(0, fileName.length() - ".bd".length());
        }
        if (name == null) {
            return null;
        }
        Pattern declares = Pattern.compile("pub\\s+mod\\s+([A-Za-z_]\\w*\\s*\\.\\s*)*" + Pattern.quote(name) + "\\s*;");
        for (; dir != null && dir.startsWith(root); dir = dir.getParent()) {
            for (Path candidate : sourceFiles(dir)) {
                String candidateUri = Uris.of(candidate);
                if (candidateUri.equals(uri) || candidateUri.equals(target)) {
                    continue;
                }
                byte[] content = sources.content(candidateUri);
                if (content == null
                        || !declares.matcher(new String(content, StandardCharsets.UTF_8))
                                .find()) {
                    continue;
                }
                ProgramRun run = runs.get(candidateUri);
                if (run == null || !run.upToDate(sources)) {
                    run = ProgramRun.check(new SourceUnit(candidateUri, content), sources, cache, std);
                }
                used.put(candidateUri, run);
                if (run.files().containsKey(target)) {
                    return run;
                }
            }
        }
        return null;
    }

    private static List<Path> sourceFiles(Path dir) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.bd")) {
            for (Path p : files) {
                if (Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            return out; // an unreadable folder declares nothing
        }
        out.sort(null);
        return out;
    }
}
