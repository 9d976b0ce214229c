package beskid.lowering.ast;

/** {@code _}. */
public record WildcardPattern(SourcePos pos) implements Pattern {}
