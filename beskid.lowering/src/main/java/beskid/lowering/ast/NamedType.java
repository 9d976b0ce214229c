package beskid.lowering.ast;

import java.util.List;

/** A (possibly qualified) type name with generic arguments; primitives are named types too. */
public record NamedType(SourcePos pos, List<String> path, List<TypeRef> args) implements TypeRef {}
