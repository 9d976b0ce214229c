package beskid.lowering.analysis;

import beskid.lowering.analysis.api.SymbolInfo;

/**
 * A name in a file and the symbol it declares or refers to.
 *
 * @param start absolute offset of the name
 * @param end absolute offset after it
 * @param symbol the symbol
 * @param declaration whether the name declares it
 */
record Occurrence(int start, int end, SymbolInfo symbol, boolean declaration) {}
