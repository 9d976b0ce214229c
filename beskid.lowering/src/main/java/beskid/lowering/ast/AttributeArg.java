package beskid.lowering.ast;

/** An attribute argument; name is null for a positional one. */
public record AttributeArg(SourcePos pos, String name, Expr value) {}
