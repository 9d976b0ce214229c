package beskid.lowering.api;

/**
 * One runtime symbol an artifact calls, with the ABI signature it was lowered against.
 *
 * @param symbol the symbol name, e.g. {@code syscall_write}
 * @param signature the ABI signature, e.g. {@code (I64,STR)->I64}
 */
public record SymbolImport(String symbol, String signature) implements Comparable<SymbolImport> {
    @Override
    public int compareTo(SymbolImport other) {
        return symbol.compareTo(other.symbol);
    }
}
