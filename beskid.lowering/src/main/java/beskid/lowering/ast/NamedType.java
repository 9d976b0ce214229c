package beskid.lowering.ast;

import java.util.List;

/** A (possibly qualified) type name with generic arguments; primitives are named types too. */
public record NamedType(SourcePos pos, List<String> path, List<TypeRef> args) implements TypeRef {
    /**
     * The single path segment of the type that stands in for a type the parser could not read
     * (an error was reported); the checker does not report it again. No declaration can have it.
     */
    public static final String ERROR_NAME = "<error>";

    /** Whether this is the parser's stand-in for an unreadable type. */
    public boolean isError() {
        return path.size() == 1 && path.get(0).equals(ERROR_NAME);
    }
}
