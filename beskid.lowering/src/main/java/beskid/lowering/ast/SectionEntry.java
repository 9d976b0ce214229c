package beskid.lowering.ast;

/** {@code key = expr;} inside a test section. */
public record SectionEntry(SourcePos pos, String key, Expr value) {}
