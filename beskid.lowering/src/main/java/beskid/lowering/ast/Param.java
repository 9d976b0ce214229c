package beskid.lowering.ast;

/** A function parameter. */
public record Param(SourcePos pos, ParamMode mode, TypeRef type, String name) {}
