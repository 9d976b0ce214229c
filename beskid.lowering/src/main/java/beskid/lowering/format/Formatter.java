package beskid.lowering.format;

import beskid.lowering.api.Diagnostic;
import beskid.lowering.ast.CompilationUnit;
import beskid.lowering.diag.Diagnostics;
import beskid.lowering.diag.ErrorCode;
import beskid.lowering.syntax.Parser;
import beskid.lowering.syntax.SourceText;
import beskid.lowering.syntax.SyntaxDetails;
import java.util.List;

/**
 * The Beskid formatter: parses a file (never type-checks it) and prints its canonical layout
 * (docs/FORMAT.md) from the syntax tree, the tokens and the comments. A file with syntax errors
 * is not formatted: the answer carries its diagnostics instead.
 */
public final class Formatter {
    private Formatter() {}

    /**
     * The result of formatting one file.
     *
     * @param text the formatted text, or null when the file has syntax errors
     * @param diagnostics the syntax errors (empty when formatted)
     */
    public record Formatted(String text, List<Diagnostic> diagnostics) {}

    /** Formats {@code source}. */
    public static Formatted format(SourceText source) {
        Diagnostics diags = new Diagnostics(source);
        SyntaxDetails details = new SyntaxDetails();
        CompilationUnit unit = Parser.parse(source, diags, details);
        if (diags.hasErrors()) {
            return new Formatted(null, diags.list());
        }
        String text;
        try {
            text = print(source, unit, details);
        } catch (RuntimeException | StackOverflowError e) {
            return internalError(source, "internal formatter error: " + e);
        }
        // A formatter bug must never write a file that no longer parses.
        Diagnostics again = new Diagnostics(source);
        Parser.parse(SourceText.of(source.path(), text), again);
        if (again.hasErrors()) {
            return internalError(source, "internal formatter error: the formatted text does not parse");
        }
        return new Formatted(text, List.of());
    }

    /**
     * Formats the top-level items that overlap lines {@code firstLine..lastLine} (1-based,
     * inclusive) and leaves the rest of the text as it is; the answer is the whole text.
     */
    public static Formatted formatRange(SourceText source, int firstLine, int lastLine) {
        Diagnostics diags = new Diagnostics(source);
        SyntaxDetails details = new SyntaxDetails();
        CompilationUnit unit = Parser.parse(source, diags, details);
        if (diags.hasErrors()) {
            return new Formatted(null, diags.list());
        }
        int[] span;
        try {
            span = new RangeFormatter(source, unit, details).span(firstLine, lastLine);
        } catch (RuntimeException | StackOverflowError e) {
            return internalError(source, "internal formatter error: " + e);
        }
        String text = source.text();
        if (span == null) {
            return new Formatted(text, List.of());
        }
        // The span holds whole items, so it is a file of its own.
        Formatted part = format(SourceText.of(source.path(), text.substring(span[0], span[1])));
        if (part.text() == null) {
            return internalError(source, "internal formatter error: the selected items do not format alone");
        }
        return new Formatted(text.substring(0, span[0]) + part.text() + text.substring(span[1]), List.of());
    }

    private static String print(SourceText source, CompilationUnit unit, SyntaxDetails details) {
        SourceTokens tokens = new SourceTokens(source.text(), details.tokens());
        Comments comments = new Comments(source, tokens, details.comments());
        Layout layout = new Layout(comments);
        ExpressionPrinter expressions = new ExpressionPrinter(layout, tokens, details);
        StatementPrinter statements = new StatementPrinter(layout, tokens, expressions);
        expressions.statements(statements);
        new ItemPrinter(layout, tokens, comments, expressions, statements).items(unit.items(), 0);
        return layout.render();
    }

    private static Formatted internalError(SourceText source, String message) {
        Diagnostics diags = new Diagnostics(source);
        diags.add(source.pos(0), ErrorCode.INTERNAL_ERROR, message);
        return new Formatted(null, diags.list());
    }
}
