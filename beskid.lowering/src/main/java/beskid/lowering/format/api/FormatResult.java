package beskid.lowering.format.api;

import beskid.lowering.api.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * What formatting one file gave.
 *
 * @param text the whole formatted file, or null when it could not be formatted
 * @param changed whether {@code text} differs from the source (a BOM or CRLF counts)
 * @param diagnostics why it could not be formatted (syntax errors); empty on success
 */
public record FormatResult(String text, boolean changed, List<Diagnostic> diagnostics) {
    /** Copies the list. */
    public FormatResult {
        diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
    }

    /** Whether the file was formatted (it had no syntax errors). */
    public boolean ok() {
        return text != null;
    }
}
