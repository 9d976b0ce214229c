package beskid.lowering.analysis.api;

/**
 * A range in a document.
 *
 * @param uri the document
 * @param range the span
 */
public record Location(String uri, Range range) {}
