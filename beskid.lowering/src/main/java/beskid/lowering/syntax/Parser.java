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
    private final SyntaxDetails details;

    private Parser(SourceText text, Diagnostics diags, SyntaxDetails details) {
        this(text, diags, details, 1);
    }

    private Parser(SourceText text, Diagnostics diags, SyntaxDetails details, int firstLine) {
        this.details = details;
        List<Token> all = details == null
                ? new Lexer(text, diags, firstLine).run()
                : Lexer.tokenize(text, diags, details.comments());
        if (details != null) {
            details.tokens(all);
        }
        this.tokens = new TokenCursor(all, diags);
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
        return parse(text, diags, null);
    }

    /**
     * Parses one file like {@link #parse(SourceText, Diagnostics)} and, when {@code details} is
     * not null, records there what the tree leaves out (tokens, comments, parentheses).
     */
    public static CompilationUnit parse(SourceText text, Diagnostics diags, SyntaxDetails details) {
        text.reportDecodingErrors(diags);
        if (details == null) {
            List<Item> halves = SplitParser.items(text);
            if (halves != null) {
                return new CompilationUnit(text.path(), halves);
            }
        }
        try {
            Parser parser = new Parser(text, diags, details);
            List<Item> items = parser.items.parseItems(false);
            return new CompilationUnit(text.path(), List.copyOf(items));
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug must not take the compiler down: report it like any error.
            diags.add(text.pos(0), ErrorCode.INTERNAL_ERROR, "internal parser error: " + e);
            return new CompilationUnit(text.path(), List.of());
        }
    }

    /**
     * The items of a slice of a file that starts at line {@code firstLine}, if it parses without
     * a single diagnostic and leaves no doc comment for a token after it; else null.
     */
    static List<Item> cleanItems(SourceText slice, int firstLine) {
        Diagnostics diags = new Diagnostics(slice);
        try {
            Parser parser = new Parser(slice, diags, null, firstLine);
            List<Item> items = parser.items.parseItems(false);
            // parseItems stops only at the end of file, whose token holds a trailing doc comment
            boolean clean = diags.list().isEmpty() && parser.tokens.peek().doc() == null;
            return clean ? items : null;
        } catch (RuntimeException | StackOverflowError e) {
            return null; // the whole file is parsed again, and reports it
        }
    }

    /**
     * Parses {@code text} as one expression (tools, tests, a REPL); anything after it is
     * reported. Never throws, never returns null.
     */
    public static Expr parseExpression(SourceText text, Diagnostics diags) {
        text.reportDecodingErrors(diags);
        try {
            Parser parser = new Parser(text, diags, null);
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

    /** Notes a pair of parentheses written around {@code e}, for tools that reprint source. */
    void parenthesized(Expr e) {
        if (details != null) {
            details.parenthesized(e);
        }
    }

    /** Notes a {@code ref}/{@code out} marker written before a call argument. */
    void markedArgument(Expr argument, TokenKind marker) {
        if (details != null && marker != null) {
            details.marked(argument, marker);
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
