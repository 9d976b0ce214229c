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
