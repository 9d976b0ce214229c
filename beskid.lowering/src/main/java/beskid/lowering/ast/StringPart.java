package beskid.lowering.ast;

/** A piece of a string literal: literal text or an interpolated expression. */
public sealed interface StringPart permits StringPart.Text, StringPart.Interpolation {
    /** Literal text with escapes already decoded. */
    record Text(String text) implements StringPart {}
    /** {@code ${expr}}. */
    record Interpolation(Expr expr) implements StringPart {}
}
