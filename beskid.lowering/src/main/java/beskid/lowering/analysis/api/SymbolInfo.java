package beskid.lowering.analysis.api;

/**
 * A declared symbol.
 *
 * @param id identifies the symbol within an analysis (pass the record back to {@link
 *        Analysis#references})
 * @param name its name as written
 * @param kind what it is
 * @param declaration where its name is declared
 * @param detail its signature or type as source text, e.g. {@code fn area(s: Shape) -> f64}
 * @param documentation its {@code ///} doc comment without the slashes, or null
 * @param container the item or module it belongs to, or null at top level
 */
public record SymbolInfo(
        String id,
        String name,
        SymbolKind kind,
        Location declaration,
        String detail,
        String documentation,
        String container) {}
