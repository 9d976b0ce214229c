package beskid.lowering.sema;

import java.util.List;
import java.util.stream.Collectors;

/** A function type {@code R(A, B)}. */
public record FnType(Type result, List<Type> params) implements Type {
    /** Copies the parameters. */
    public FnType {
        params = List.copyOf(params);
    }

    @Override
    public String display() {
        return result.display() + params.stream().map(Type::display).collect(Collectors.joining(", ", "(", ")"));
    }
}
