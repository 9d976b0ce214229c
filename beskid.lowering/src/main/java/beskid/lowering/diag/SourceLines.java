package beskid.lowering.diag;

/**
 * What a diagnostic needs from its source file: the path to print and the text of a line for
 * the caret rendering. Implemented by {@code syntax.SourceText}; an interface here keeps the
 * diagnostic package free of a dependency on the lexer.
 */
public interface SourceLines {
    /** The path diagnostics show. */
    String path();

    /** The text of a 1-based line without its terminator; empty when out of range. */
    String lineText(int line);
}
