package beskid.lowering.api;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What lowering produces and both backends consume unchanged: class files plus metadata.
 *
 * @param sourceName the entry file name, e.g. {@code hello.bd}
 * @param sourceHash SHA-256 of the source bytes, hex: of the entry file alone for a program of
 *        one file; otherwise over every file of the program, each as its relative path and
 *        its bytes, in load order
 * @param abiVersion the ABI major version the code was lowered against
 * @param classes class files by binary name, sorted
 * @param imports every runtime symbol the code calls, sorted by name
 * @param interopTags ids of every interop tag the code dispatches, sorted
 * @param exports the module's functions
 * @param entry main, or null for a file without one
 * @param tests the module's test blocks in source order
 */
public record LoweredArtifact(
        String sourceName,
        String sourceHash,
        int abiVersion,
        SortedMap<String, byte[]> classes,
        SortedSet<SymbolImport> imports,
        SortedSet<Integer> interopTags,
        List<ExportedFunction> exports,
        EntryPoint entry,
        List<TestCase> tests) {
    /** Freezes the collections. */
    public LoweredArtifact {
        classes = Collections.unmodifiableSortedMap(new TreeMap<>(classes));
        imports = Collections.unmodifiableSortedSet(new TreeSet<>(imports));
        interopTags = Collections.unmodifiableSortedSet(new TreeSet<>(interopTags));
        exports = List.copyOf(exports);
        tests = List.copyOf(tests);
    }

    /** The names of the imported symbols. */
    public SortedSet<String> importedSymbolNames() {
        SortedSet<String> names = new TreeSet<>();
        imports.forEach(i -> names.add(i.symbol()));
        return names;
    }
}
