package beskid.lowering.api;

import beskid.abi.RunOutcome;
import java.util.List;
import java.util.SortedSet;

/**
 * The result of a run request.
 *
 * @param diagnostics compile errors (then nothing ran and outcome is null)
 * @param outcome how the run ended, or null when it did not run
 * @param boundSymbols the runtime symbols the backend bound for the run (its import surface)
 */
public record RunResult(List<Diagnostic> diagnostics, RunOutcome outcome, SortedSet<SymbolImport> boundSymbols) {
    /** Copies the diagnostics. */
    public RunResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
