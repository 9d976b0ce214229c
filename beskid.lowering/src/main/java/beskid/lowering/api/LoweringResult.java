package beskid.lowering.api;

import java.util.List;

/**
 * Diagnostics and, when there are none, the artifact.
 *
 * @param diagnostics every error of the file, in source order
 * @param artifact the lowered artifact, or null when there are errors or only a check was asked
 */
public record LoweringResult(List<Diagnostic> diagnostics, LoweredArtifact artifact) {
    /** Copies the diagnostics. */
    public LoweringResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when there are no errors. */
    public boolean ok() {
        return diagnostics.isEmpty();
    }
}
