package beskid.lowering.syntax;

import beskid.lowering.ast.BindingPattern;
import beskid.lowering.ast.BoolLit;
import beskid.lowering.ast.CharLit;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.FloatLit;
import beskid.lowering.ast.IntLit;
import beskid.lowering.ast.LiteralPattern;
import beskid.lowering.ast.NamedType;
import beskid.lowering.ast.Pattern;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.ast.StringLit;
import beskid.lowering.ast.StringPart;
import beskid.lowering.ast.UnaryExpr;
import beskid.lowering.ast.UnaryOp;
import beskid.lowering.ast.VariantPattern;
import beskid.lowering.ast.WildcardPattern;
import java.util.List;

/**
 * Match patterns: {@code _}, a binding name, a literal ({@code 0}, {@code -1}, {@code 'c'},
 * {@code "s"}, {@code true}) and variants {@code E::V}, {@code E::V()}, {@code E::V(p, ..)},
 * {@code Option<i32>::Some(x)}, {@code m.E::V}. In a pattern a {@code <} after a name always
 * opens type arguments (there is no comparison in a pattern).
 */
final class PatternParser {
    private final TokenCursor tokens;
    private final Parser parser;

    PatternParser(TokenCursor tokens, Parser parser) {
        this.tokens = tokens;
        this.parser = parser;
    }

    Pattern parsePattern() {
        SourcePos pos = tokens.peek().pos();
        if (!tokens.enter()) {
            tokens.leave();
            return new WildcardPattern(pos);
        }
        try {
            return pattern(pos);
        } finally {
            tokens.leave();
        }
    }

    private Pattern pattern(SourcePos pos) {
        Token t = tokens.peek();
        switch (t.kind()) {
            case IDENT -> {
                TokenKind next = tokens.peek(1).kind();
                if (next == TokenKind.COLON_COLON || next == TokenKind.DOT || next == TokenKind.LT) {
                    return variant();
                }
                tokens.advance();
                return "_".equals(t.text()) ? new WildcardPattern(pos) : new BindingPattern(pos, t.text());
            }
            case MINUS -> {
                tokens.advance();
                Token n = tokens.peek();
                Expr lit = literal(n);
                if (lit == null || !(n.is(TokenKind.INT) || n.is(TokenKind.FLOAT))) {
                    tokens.expected("a number", "after `-` in a pattern");
                    return new WildcardPattern(pos);
                }
                tokens.advance();
                return new LiteralPattern(pos, new UnaryExpr(pos, UnaryOp.NEG, lit));
            }
            case STRING_HEAD -> {
                tokens.unexpected("a pattern (interpolated strings cannot be matched)");
                tokens.skipOne();
                return new WildcardPattern(pos);
            }
            default -> {
                Expr lit = literal(t);
                if (lit == null) {
                    tokens.unexpected("a pattern");
                    return new WildcardPattern(pos);
                }
                tokens.advance();
                return new LiteralPattern(pos, lit);
            }
        }
    }

    private static Expr literal(Token t) {
        return switch (t.kind()) {
            case INT -> new IntLit(t.pos(), t.intValue());
            case FLOAT -> new FloatLit(t.pos(), Double.parseDouble(t.text()));
            case CHAR -> new CharLit(t.pos(), t.text().codePointAt(0));
            case STRING ->
                new StringLit(t.pos(), t.text().isEmpty() ? List.of() : List.of(new StringPart.Text(t.text())));
            case KW_TRUE -> new BoolLit(t.pos(), true);
            case KW_FALSE -> new BoolLit(t.pos(), false);
            default -> null;
        };
    }

    private Pattern variant() {
        NamedType type = parser.types().parseNamedType();
        if (!tokens.expect(TokenKind.COLON_COLON, "before the variant name")) {
            return new WildcardPattern(type.pos());
        }
        if (!tokens.at(TokenKind.IDENT)) {
            tokens.expected("a variant name", "after `::`");
            return new WildcardPattern(type.pos());
        }
        String name = tokens.advance().text();
        if (!tokens.at(TokenKind.LPAREN)) {
            return new VariantPattern(type.pos(), type, name, List.of(), false);
        }
        List<Pattern> fields = tokens.commaList(
                TokenKind.LPAREN, TokenKind.RPAREN, "patterns", TokenCursor.NO_CONTEXT, this::parsePattern);
        return new VariantPattern(type.pos(), type, name, List.copyOf(fields), true);
    }
}
