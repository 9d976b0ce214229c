package beskid.lowering.ast;

/** type is null when inferred. */
public record LambdaParam(SourcePos pos, TypeRef type, String name) {}
