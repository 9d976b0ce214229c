package beskid.lowering.analysis.api;

/**
 * A compile error in a document.
 *
 * @param range where (at least one character; the token the checker blames)
 * @param code stable error code, e.g. {@code E0201} (docs/LANGUAGE.md)
 * @param message what is wrong, as the command line prints it
 */
public record AnalysisDiagnostic(Range range, String code, String message) {}
