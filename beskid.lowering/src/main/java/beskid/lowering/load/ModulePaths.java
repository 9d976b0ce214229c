package beskid.lowering.load;

import java.util.List;

/**
 * Where module files are: paths relative to the entry file's folder, segments separated by
 * {@code /}. The rules follow Rust's module files.
 */
final class ModulePaths {
    private static final String MOD_FILE = "mod.bd";

    private ModulePaths() {}

    /**
     * The folder that holds the child modules of a module file, with a trailing {@code /} (or
     * empty for the entry's folder): the entry file's own folder for the root; {@code x/} for
     * {@code x.bd} and for {@code x/mod.bd}.
     */
    static String childFolder(String file, boolean root) {
        if (root) {
            return "";
        }
        if (file.equals(MOD_FILE) || file.endsWith("/" + MOD_FILE)) {
            return file.substring(0, file.length() - MOD_FILE.length());
        }
        return file.substring(0, file.length() - ".bd".length()) + "/";
    }

    /** The files that may hold child module {@code path} of a module whose folder is {@code folder}, in order. */
    static List<String> candidates(String folder, List<String> path) {
        String base = folder + String.join("/", path);
        return List.of(base + ".bd", base + "/" + MOD_FILE);
    }
}
