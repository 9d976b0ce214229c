package beskid.lowering.ast;

import java.util.List;

/** {@code R(A, B)} or {@code (A, B) => R}. */
public record FunctionType(SourcePos pos, TypeRef returnType, List<TypeRef> params) implements TypeRef {}
