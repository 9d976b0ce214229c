package beskid.lowering.analysis;

import beskid.lowering.api.SourceUnit;
import beskid.lowering.check.ModuleLoader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which programs a set of files make up and checks them. A file is checked as a
 * program's entry unless another program loads it as a module file; candidates are tried
 * from the top of the folder tree down, so entries usually come before their modules, and a
 * file found later to be another's module belongs to that program. A program is checked again
 * only when a file it read (or looked for) changed.
 */
final class Programs {
    private Programs() {}

    /** The programs of {@code candidates}, and which program each of their files belongs to. */
    record Result(List<ProgramRun> runs, Map<String, ProgramRun> owners) {}

    static Result check(
            List<String> candidates,
            Sources sources,
            ParseCache cache,
            ModuleLoader std,
            Map<String, ProgramRun> previous,
            Map<String, ProgramRun> taken) {
        List<String> order = new ArrayList<>(candidates);
        order.sort(Comparator.comparingInt(Uris::depth).thenComparing(Comparator.naturalOrder()));
        Map<String, ProgramRun> owners = new LinkedHashMap<>();
        List<ProgramRun> runs = new ArrayList<>();
        for (String uri : order) {
            if (owners.containsKey(uri) || taken.containsKey(uri)) {
                continue;
            }
            ProgramRun run = previous.get(uri);
            if (run == null || !run.upToDate(sources)) {
                SourceUnit entry;
                try {
                    entry = sources.unit(uri);
                } catch (IOException e) {
                    continue;
                }
                if (entry == null) {
                    continue;
                }
                run = ProgramRun.check(entry, sources, cache, std);
            }
            runs.add(run);
            owners.putIfAbsent(uri, run); // also when the program failed to load and has no files
            for (String file : run.files().keySet()) {
                if (file.equals(uri)) {
                    owners.putIfAbsent(file, run);
                } else {
                    owners.put(file, run); // a module file belongs to the program that loads it
                }
            }
        }
        runs.removeIf(r -> !owners.containsValue(r));
        return new Result(runs, owners);
    }

    /** The runs by entry URI. */
    static Map<String, ProgramRun> byEntry(List<ProgramRun> runs) {
        Map<String, ProgramRun> out = new LinkedHashMap<>();
        for (ProgramRun r : runs) {
            out.put(r.entryUri(), r);
        }
        return out;
    }
}
