package beskid.eclipse.build;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code .bd} file is called as a module and which modules it names, read from its
 * {@code mod} and {@code use} items with a line scan (no parse: it must work on files with
 * errors). A file depends on another when one of its names is the other's module key or
 * starts or ends with it as a dotted segment; that is deliberately generous: rebuilding one
 * file too many is cheap, missing one leaves a stale marker.
 *
 * @param key the module key: the file name without {@code .bd}, or the folder's name for a {@code mod.bd}
 * @param names every module path the file's {@code mod} and {@code use} items name
 */
record ModuleRefs(String key, Set<String> names) {
    private static final Pattern ITEM = Pattern.compile(
            "(?m)^\\s*(?:pub\\s+)?(?:mod|use)\\s+([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)");

    /** Scans a file's text. */
    static ModuleRefs scan(String fileName, String folderName, String text) {
        String base = fileName.endsWith(".bd") ? fileName.substring(0, fileName.length() - 3) : fileName;
        String key = base.equals("mod") && folderName != null ? folderName : base;
        Set<String> names = new TreeSet<>();
        Matcher m = ITEM.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return new ModuleRefs(key, names);
    }

    /** True when this file names the module of the other file. */
    boolean dependsOn(ModuleRefs other) {
        String k = other.key();
        for (String n : names) {
            if (n.equals(k) || n.startsWith(k + ".") || n.endsWith("." + k) || n.contains("." + k + ".")) {
                return true;
            }
        }
        return false;
    }
}
