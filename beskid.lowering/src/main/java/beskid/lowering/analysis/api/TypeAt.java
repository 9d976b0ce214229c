package beskid.lowering.analysis.api;

/**
 * An expression's type.
 *
 * @param range the expression
 * @param type the type as source text, e.g. {@code Option<i64>}
 */
public record TypeAt(Range range, String type) {}
