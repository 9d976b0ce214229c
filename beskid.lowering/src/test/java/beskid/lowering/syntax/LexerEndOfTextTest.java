package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.Diagnostic;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of token and error right at the end of the text, with no line break after it: the
 * lexer finishes the token, reports what a user would see on a complete line, and ends with EOF.
 */
class LexerEndOfTextTest {
    private record Lexed(List<Token> tokens, List<String> errors) {
        List<TokenKind> kinds() {
            return tokens.stream().map(Token::kind).toList();
        }
    }

    private static Lexed lex(String source) {
        SourceText text = SourceText.of("x.bd", source);
        Diagnostics diags = new Diagnostics(text);
        List<Token> tokens = Lexer.tokenize(text, diags);
        return new Lexed(tokens, diags.list().stream().map(Diagnostic::header).toList());
    }

    @Test
    void anUnexpectedCharacterAsTheLastChar() {
        Lexed l = lex("x #");
        assertThat(l.kinds()).containsExactly(TokenKind.IDENT, TokenKind.ERROR, TokenKind.EOF);
        assertThat(l.tokens().get(1).text()).isEqualTo("#");
        assertThat(l.errors()).containsExactly("x.bd:1:3: error[E0101]: unexpected character `#`");
    }

    @Test
    void anUnexpectedCharacterBeforeASlashThatEndsTheText() {
        Lexed l = lex("x #/");
        assertThat(l.kinds()).containsExactly(TokenKind.IDENT, TokenKind.ERROR, TokenKind.SLASH, TokenKind.EOF);
        assertThat(l.tokens().get(1).text()).isEqualTo("#");
        assertThat(l.errors()).containsExactly("x.bd:1:3: error[E0101]: unexpected character `#`");
    }

    @Test
    void anUnexpectedCharacterEndsAtTheNextOperator() {
        Lexed l = lex("#+x");
        assertThat(l.kinds()).containsExactly(TokenKind.ERROR, TokenKind.PLUS, TokenKind.IDENT, TokenKind.EOF);
        assertThat(l.errors()).containsExactly("x.bd:1:1: error[E0101]: unexpected character `#`");
        assertThat(lex("#$@+").errors()).containsExactly("x.bd:1:1: error[E0101]: unexpected characters `#$@`");
        // a slash or star after the run ends it as an operator, whatever follows that
        Lexed slash = lex("#$/2");
        assertThat(slash.kinds()).containsExactly(TokenKind.ERROR, TokenKind.SLASH, TokenKind.INT, TokenKind.EOF);
        assertThat(slash.errors()).containsExactly("x.bd:1:1: error[E0101]: unexpected characters `#$`");
        assertThat(lex("#$*2").errors()).containsExactly("x.bd:1:1: error[E0101]: unexpected characters `#$`");
    }

    @Test
    void aLoneHighSurrogateAsTheLastChar() {
        Lexed l = lex("x \uD83D");
        assertThat(l.kinds()).containsExactly(TokenKind.IDENT, TokenKind.ERROR, TokenKind.EOF);
        assertThat(l.tokens().get(1).text()).isEqualTo("\uD83D");
        assertThat(l.tokens().get(2).pos()).isEqualTo(new SourcePos(3, 1, 4));
        assertThat(l.errors()).containsExactly("x.bd:1:3: error[E0101]: unexpected character `\uD83D`");
    }

    @Test
    void aFloatAsTheLastToken() {
        Lexed plain = lex("x = 1.5");
        assertThat(plain.errors()).isEmpty();
        assertThat(plain.tokens().get(2).kind()).isEqualTo(TokenKind.FLOAT);
        assertThat(plain.tokens().get(2).text()).isEqualTo("1.5");
        Lexed exponent = lex("2.5e3");
        assertThat(exponent.errors()).isEmpty();
        assertThat(exponent.kinds()).containsExactly(TokenKind.FLOAT, TokenKind.EOF);
        assertThat(exponent.tokens().get(0).text()).isEqualTo("2.5e3");
        assertThat(exponent.tokens().get(1).offset()).isEqualTo(5);
    }

    @Test
    void aBackslashAsTheLastCharOfAString() {
        Lexed l = lex("\"a\\");
        assertThat(l.kinds()).containsExactly(TokenKind.STRING, TokenKind.EOF);
        assertThat(l.tokens().get(0).text()).isEqualTo("a");
        assertThat(l.errors())
                .containsExactly(
                        "x.bd:1:1: error[E0102]: unterminated string literal: missing `\"`",
                        "x.bd:1:3: error[E0104]: invalid escape: `\\` at end of line");
    }

    @Test
    void aBackslashAtTheEndOfALineOfAString() {
        Lexed l = lex("\"a\\\nx");
        assertThat(l.kinds()).containsExactly(TokenKind.STRING, TokenKind.IDENT, TokenKind.EOF);
        assertThat(l.tokens().get(1).line()).isEqualTo(2);
        assertThat(l.errors())
                .containsExactly(
                        "x.bd:1:1: error[E0102]: unterminated string literal: missing `\"`",
                        "x.bd:1:3: error[E0104]: invalid escape: `\\` at end of line");
    }

    @Test
    void anUnterminatedStringIsStillAToken() {
        Lexed l = lex("x = \"abc");
        assertThat(l.kinds()).containsExactly(TokenKind.IDENT, TokenKind.ASSIGN, TokenKind.STRING, TokenKind.EOF);
        Token s = l.tokens().get(2);
        assertThat(s.text()).isEqualTo("abc");
        assertThat(s.malformed()).isTrue();
        assertThat(s.end()).isEqualTo(new SourcePos(8, 1, 9));
        assertThat(l.errors()).containsExactly("x.bd:1:5: error[E0102]: unterminated string literal: missing `\"`");
    }

    @Test
    void anUnterminatedStringAfterAnInterpolationEndsWithItsTail() {
        Lexed l = lex("\"a${x}b");
        assertThat(l.kinds())
                .containsExactly(TokenKind.STRING_HEAD, TokenKind.IDENT, TokenKind.STRING_TAIL, TokenKind.EOF);
        Token tail = l.tokens().get(2);
        assertThat(tail.text()).isEqualTo("b");
        assertThat(tail.malformed()).isTrue();
        assertThat(tail.pos()).isEqualTo(new SourcePos(5, 1, 6));
        assertThat(l.errors()).containsExactly("x.bd:1:1: error[E0102]: unterminated string literal: missing `\"`");
    }

    @Test
    void aDocCommentAsTheLastLineIsKeptOnTheEofToken() {
        Lexed l = lex("x ///");
        assertThat(l.errors()).isEmpty();
        assertThat(l.tokens().get(1).kind()).isEqualTo(TokenKind.EOF);
        assertThat(l.tokens().get(1).doc()).isEmpty();
        assertThat(lex("x /// end").tokens().get(1).doc()).isEqualTo("end");
        assertThat(lex("x ////").tokens().get(1).doc()).isNull();
    }
}
