package beskid.lowering.sema;

import java.util.List;

/** An {@code enum} declaration applied to type arguments. */
public record EnumType(EnumSymbol symbol, List<Type> args) implements Type {
    /** Copies the arguments. */
    public EnumType {
        args = List.copyOf(args);
    }

    @Override
    public String display() {
        return symbol.name() + Types.displayArgs(args);
    }
}
