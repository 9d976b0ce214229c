package beskid.lowering.ast;

/** {@code T[]}. */
public record ArrayType(SourcePos pos, TypeRef element) implements TypeRef {}
