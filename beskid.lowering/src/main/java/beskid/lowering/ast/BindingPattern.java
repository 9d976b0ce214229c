package beskid.lowering.ast;

/** A name that binds the value. */
public record BindingPattern(SourcePos pos, String name) implements Pattern {}
