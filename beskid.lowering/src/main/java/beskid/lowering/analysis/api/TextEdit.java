package beskid.lowering.analysis.api;

/**
 * A replacement in a document.
 *
 * @param range what to replace (empty to insert)
 * @param newText the text to put there
 */
public record TextEdit(Range range, String newText) {}
