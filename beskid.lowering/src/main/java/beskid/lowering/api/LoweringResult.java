package beskid.lowering.api;

import java.util.List;

/**
 * Diagnostics and, when there are none, the artifact.
 *
 * @param diagnostics every error of the program, file by file (entry first, then in load
 *        order), each file's in source order
 * @param artifact the lowered artifact, or null when there are errors or only a check was asked
 * @param files the path of every file of the program as its {@link SourceUnit} shows it: the
 *        entry first, then each module file in load order (those found before any error)
 */
public record LoweringResult(List<Diagnostic> diagnostics, LoweredArtifact artifact, List<String> files) {
    /** Copies the lists. */
    public LoweringResult {
        diagnostics = List.copyOf(diagnostics);
        files = List.copyOf(files);
    }

    /** A result that names no files (a tool's own result, or one from before source sets). */
    public LoweringResult(List<Diagnostic> diagnostics, LoweredArtifact artifact) {
        this(diagnostics, artifact, List.of());
    }

    /** True when there are no errors. */
    public boolean ok() {
        return diagnostics.isEmpty();
    }
}
