package beskid.lowering.analysis.api;

/**
 * A name that may be written at a position.
 *
 * @param label the name
 * @param kind what it names
 * @param detail its signature or type, or null
 * @param documentation its doc comment, or null
 */
public record Completion(String label, SymbolKind kind, String detail, String documentation) {}
