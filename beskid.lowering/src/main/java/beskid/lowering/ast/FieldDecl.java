package beskid.lowering.ast;

/** A struct field or an enum variant field. */
public record FieldDecl(SourcePos pos, TypeRef type, String name) {}
