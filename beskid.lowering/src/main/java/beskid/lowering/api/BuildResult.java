package beskid.lowering.api;

import java.util.List;

/**
 * The result of a build request.
 *
 * @param diagnostics compile or link errors (then artifact is null)
 * @param artifact the built artifact
 */
public record BuildResult(List<Diagnostic> diagnostics, BuiltArtifact artifact) {
    /** Copies the diagnostics. */
    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
