package beskid.lowering.sema;

import java.util.List;

/** An {@code event{N} Name(params)} of a struct: a handler list of type {@code unit(params)}. */
public record EventSymbol(String name, int capacity, List<Type> params) {
    /** Copies the parameters. */
    public EventSymbol {
        params = List.copyOf(params);
    }

    /** The type every handler has. */
    public FnType handlerType() {
        return new FnType(Prim.UNIT, params);
    }
}
