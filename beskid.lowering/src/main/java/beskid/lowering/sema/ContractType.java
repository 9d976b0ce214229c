package beskid.lowering.sema;

/** A {@code contract} (an interface). */
public record ContractType(ContractSymbol symbol) implements Type {
    @Override
    public String display() {
        return symbol.name();
    }
}
