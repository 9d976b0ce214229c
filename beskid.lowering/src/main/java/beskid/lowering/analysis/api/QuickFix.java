package beskid.lowering.analysis.api;

import java.util.List;

/**
 * A fix for a diagnostic.
 *
 * @param title what it does, e.g. {@code Add `mut` to `x`}
 * @param diagnostic the diagnostic it fixes
 * @param uri the document the edits apply to
 * @param edits the edits, not overlapping
 */
public record QuickFix(String title, AnalysisDiagnostic diagnostic, String uri, List<TextEdit> edits) {
    /** Copies the list. */
    public QuickFix {
        edits = List.copyOf(edits);
    }
}
