package beskid.lowering.ast;

/** A declared attribute parameter; defaultValue may be null. */
public record AttributeParam(SourcePos pos, String name, TypeRef type, Expr defaultValue) {}
