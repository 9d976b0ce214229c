package beskid.lowering.api;

import java.util.Collections;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The bytes of a build, for the caller to write (the backend writes no files).
 *
 * @param kind the artifact form
 * @param target the class-file target
 * @param files for {@code classes}, class files by relative path; for the jar kinds, one entry: the jar
 * @param linkedSymbols the symbols the link step checked, sorted
 */
public record BuiltArtifact(
        ArtifactKind kind, String target, SortedMap<String, byte[]> files, SortedSet<SymbolImport> linkedSymbols) {
    /** Freezes the collections. */
    public BuiltArtifact {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        linkedSymbols = Collections.unmodifiableSortedSet(new TreeSet<>(linkedSymbols));
    }

    /** The jar of a jar-kind build. */
    public byte[] jar() {
        if (kind == ArtifactKind.CLASSES) {
            throw new IllegalStateException("a classes build has no jar");
        }
        return files.values().iterator().next();
    }
}
