package beskid.lowering.syntax;

/**
 * Where one comment lies in the source text: {@code //} and {@code ///} up to the line end,
 * {@code /* ... *}{@code /} including its delimiters. The parser never sees comments; tools
 * that keep them (the formatter) ask the lexer for them.
 *
 * <p>Offsets count like the tokens': from the start of the program's first file (the file's
 * {@link SourceText#base()} added), which is the file's own start for a file read alone.
 *
 * @param offset char offset of the first {@code /}
 * @param endOffset char offset just after the comment
 */
public record Comment(int offset, int endOffset) {}
