package beskid.lowering.syntax;

import beskid.lowering.ast.CompilationUnit;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.Item;
import beskid.lowering.diag.Diagnostics;
import beskid.lowering.diag.ErrorCode;
import java.util.List;

/**
 * The Beskid parser: hand-written recursive descent with precedence climbing and error
 * recovery. {@link #parse} never throws and never returns null; every syntax error of the file
 * goes to the {@link Diagnostics}, and the tree it returns holds what could be read (with
 * {@code ErrorExpr} where an expression could not).
 *
 * <p>The work is split by grammar area: {@link ItemParser} (and {@link TestParser}),
 * {@link StatementParser}, {@link ExpressionParser}, {@link PatternParser},
 * {@link TypeParser}; {@link TypeScanner} is the lookahead that tells declarations and generic
 * arguments apart, and {@link TokenCursor} the shared position, error and nesting state.
 */
public final class Parser {
    private final TokenCursor tokens;
    private final TypeScanner scanner;
    private final TypeParser types;
    private final ExpressionParser expressions;
    private final PatternParser patterns;
    private final StatementParser statements;
    private final ItemParser items;

    private Parser(SourceText text, Diagnostics diags) {
        this.tokens = new TokenCursor(Lexer.tokenize(text, diags), diags);
        this.scanner = new TypeScanner(tokens);
        this.types = new TypeParser(tokens, scanner);
        this.expressions = new ExpressionParser(tokens, this);
        this.patterns = new PatternParser(tokens, this);
        this.statements = new StatementParser(tokens, this);
        this.items = new ItemParser(tokens, this);
    }

    /**
     * Parses one file. Decoding errors of {@code text} (invalid UTF-8) are reported here too,
     * so a caller needs only this call and the collector.
     */
    public static CompilationUnit parse(SourceText text, Diagnostics diags) {
        text.reportDecodingErrors(diags);
        try {
            Parser parser = new Parser(text, diags);
            List<Item> items = parser.items.parseItems(false);
            return new CompilationUnit(text.path(), List.copyOf(items));
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug must not take the compiler down: report it like any error.
            diags.add(text.pos(0), ErrorCode.INTERNAL_ERROR, "internal parser error: " + e);
            return new CompilationUnit(text.path(), List.of());
        }
    }

    /**
     * Parses {@code text} as one expression (tools, tests, a REPL); anything after it is
     * reported. Never throws, never returns null.
     */
    public static Expr parseExpression(SourceText text, Diagnostics diags) {
        text.reportDecodingErrors(diags);
        try {
            Parser parser = new Parser(text, diags);
            Expr e = parser.expressions.parseExpression();
            if (!parser.tokens.atEnd()) {
                parser.tokens.unexpected("end of input after the expression");
            }
            return e;
        } catch (RuntimeException | StackOverflowError e) {
            diags.add(text.pos(0), ErrorCode.INTERNAL_ERROR, "internal parser error: " + e);
            return new beskid.lowering.ast.ErrorExpr(text.pos(0));
        }
    }

    TypeScanner scanner() {
        return scanner;
    }

    TypeParser types() {
        return types;
    }

    ExpressionParser expressions() {
        return expressions;
    }

    PatternParser patterns() {
        return patterns;
    }

    StatementParser statements() {
        return statements;
    }
}
