package beskid.lowering.sema;

import java.util.List;

/** A {@code type} declaration applied to type arguments. */
public record StructType(StructSymbol symbol, List<Type> args) implements Type {
    /** Copies the arguments. */
    public StructType {
        args = List.copyOf(args);
    }

    @Override
    public String display() {
        return symbol.name() + Types.displayArgs(args);
    }
}
