package beskid.lowering.ast;

/** {@code ref T}. */
public record RefType(SourcePos pos, TypeRef inner) implements TypeRef {}
