package beskid.lowering.analysis.api;

/**
 * A symbol's name at one place.
 *
 * @param symbol the symbol
 * @param location the name's range (exactly the identifier)
 * @param declaration whether this is where it is declared
 */
public record SymbolOccurrence(SymbolInfo symbol, Location location, boolean declaration) {}
