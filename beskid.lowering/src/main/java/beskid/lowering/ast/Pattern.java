package beskid.lowering.ast;

/** A match pattern. */
public sealed interface Pattern permits VariantPattern, LiteralPattern, BindingPattern, WildcardPattern {
    /** Where the node starts in its source file. */
    SourcePos pos();
}
