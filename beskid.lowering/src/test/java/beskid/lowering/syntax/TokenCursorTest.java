package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.Diagnostic;
import beskid.lowering.diag.Diagnostics;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parser's token cursor on its own: reading never runs past the EOF token, bracket
 * partners, the nesting guard's skip to the enclosing close bracket, and comma lists that
 * keep their good elements through one bad one.
 */
class TokenCursorTest {
    private final SourceText text;
    private final Diagnostics diags;

    TokenCursorTest() {
        this.text = SourceText.of("x.bd", "");
        this.diags = new Diagnostics(text);
    }

    private TokenCursor cursor(String source) {
        SourceText src = SourceText.of("x.bd", source);
        Diagnostics lexDiags = new Diagnostics(src);
        List<Token> tokens = Lexer.tokenize(src, lexDiags);
        assertThat(lexDiags.list()).isEmpty();
        return new TokenCursor(tokens, new Diagnostics(src));
    }

    /** A cursor over the source of {@code into}, reporting there. */
    private static TokenCursor cursorOver(Diagnostics into) {
        return new TokenCursor(Lexer.tokenize((SourceText) into.source(), new Diagnostics(into.source())), into);
    }

    private static List<String> headers(Diagnostics d) {
        return d.list().stream().map(Diagnostic::header).toList();
    }

    /** A comma list of identifiers: an element is one identifier, or null (and nothing read). */
    private static List<String> identList(TokenCursor c) {
        return c.commaList(
                TokenKind.LPAREN,
                TokenKind.RPAREN,
                "names",
                TokenCursor.NO_CONTEXT,
                () -> c.at(TokenKind.IDENT) ? c.advance().text() : null);
    }

    @Test
    void readingPastTheEndAnswersTheEofToken() {
        for (List<Token> tokens : List.of(
                Lexer.tokenize(SourceText.of("x.bd", "a b"), diags),
                new ArrayList<>(Lexer.tokenize(SourceText.of("x.bd", "a b"), diags)))) {
            TokenCursor c = new TokenCursor(tokens, diags);
            assertThat(c.kindAt(99)).isEqualTo(TokenKind.EOF);
            assertThat(c.kindAt(-5)).isEqualTo(TokenKind.IDENT);
            assertThat(c.tokenAt(99).kind()).isEqualTo(TokenKind.EOF);
            assertThat(c.tokenAt(-5).text()).isEqualTo("a");
            assertThat(c.peek(99).kind()).isEqualTo(TokenKind.EOF);
            assertThat(c.peek(1).text()).isEqualTo("b");

            assertThat(c.advance().text()).isEqualTo("a");
            assertThat(c.advance().text()).isEqualTo("b");
            assertThat(c.advance().kind()).isEqualTo(TokenKind.EOF);
            assertThat(c.advance().kind()).isEqualTo(TokenKind.EOF);
            assertThat(c.index()).isEqualTo(2);
            assertThat(c.atEnd()).isTrue();
            assertThat(c.peek(1).kind()).isEqualTo(TokenKind.EOF);

            c.seek(99);
            assertThat(c.index()).isEqualTo(2);
            assertThat(c.kind()).isEqualTo(TokenKind.EOF);
            c.seek(-3);
            assertThat(c.index()).isZero();
            assertThat(c.peek().text()).isEqualTo("a");
        }
        assertThat(diags.list()).isEmpty();
    }

    @Test
    void pairsBracketsIncludingOneAtTheFirstToken() {
        TokenCursor c = cursor("( a [ b ] ) ]");
        assertThat(c.partner(0)).isEqualTo(5);
        assertThat(c.partner(5)).isZero();
        assertThat(c.partner(2)).isEqualTo(4);
        assertThat(c.partner(1)).isEqualTo(-1);
        assertThat(c.partner(6)).isEqualTo(-1);
        assertThat(c.partner(-1)).isEqualTo(-1);
        assertThat(c.partner(8)).isEqualTo(-1);
        assertThat(c.partner(99)).isEqualTo(-1);
    }

    @Test
    void theGuardFlagReturnsItsPreviousValueForRestoring() {
        TokenCursor c = cursor("a");
        assertThat(c.inGuard()).isFalse();
        assertThat(c.setInGuard(true)).isFalse();
        assertThat(c.inGuard()).isTrue();
        assertThat(c.setInGuard(true)).isTrue();
        assertThat(c.setInGuard(false)).isTrue();
        assertThat(c.inGuard()).isFalse();
    }

    @Test
    void pastTheNestingLimitSkipsToTheCloseOfTheInnermostGroup_evenOneOpenedAtTheFirstToken() {
        Diagnostics d = new Diagnostics(SourceText.of("x.bd", "( x ) y"));
        TokenCursor c = cursorOver(d);
        c.seek(1);
        for (int i = 0; i < TokenCursor.MAX_DEPTH; i++) {
            assertThat(c.enter()).isTrue();
        }
        assertThat(c.depth()).isEqualTo(TokenCursor.MAX_DEPTH);
        assertThat(c.enter()).isFalse();
        assertThat(c.index()).isEqualTo(2);
        c.leave();
        c.leave();
        assertThat(c.depth()).isEqualTo(TokenCursor.MAX_DEPTH - 1);
        assertThat(c.kind()).isEqualTo(TokenKind.RPAREN);
        assertThat(headers(d))
                .containsExactly(
                        "x.bd:1:3: error[E0107]: nesting too deep: more than 256 levels; this part is skipped");
    }

    @Test
    void pastTheNestingLimitAtAClosingBracketSkipsToTheCloseAroundIt() {
        // tokens: { ( [ ] ) x }   the `]` (index 3) lies inside the `(` group (1..4)
        Diagnostics d = new Diagnostics(SourceText.of("x.bd", "{ ( [ ] ) x }"));
        TokenCursor c = cursorOver(d);
        c.seek(3);
        for (int i = 0; i < TokenCursor.MAX_DEPTH; i++) {
            c.enter();
        }
        assertThat(c.enter()).isFalse();
        assertThat(c.index()).isEqualTo(4);
        // outside every group, the skip goes to the end
        c.seek(0);
        assertThat(c.enter()).isFalse();
        assertThat(c.atEnd()).isTrue();
    }

    @Test
    void aCommaListKeepsTheElementsAroundOneBadOne() {
        Diagnostics d = new Diagnostics(SourceText.of("x.bd", "(a b c, d) e"));
        TokenCursor c = cursorOver(d);
        assertThat(identList(c)).containsExactly("a", "d");
        assertThat(c.peek().text()).isEqualTo("e");
        assertThat(headers(d)).containsExactly("x.bd:1:3: error[E0105]: expected `,` or `)` after a name, found `b`");
    }

    @Test
    void aCommaListWithoutCommaAfterTheBadElementEndsAfterItsCloseBracket() {
        Diagnostics d = new Diagnostics(SourceText.of("x.bd", "(a b c) , e)"));
        TokenCursor c = cursorOver(d);
        assertThat(identList(c)).containsExactly("a");
        assertThat(c.kind()).isEqualTo(TokenKind.COMMA);
        assertThat(headers(d)).containsExactly("x.bd:1:3: error[E0105]: expected `,` or `)` after a name, found `b`");
    }

    @Test
    void anUnclosedCommaListKeepsWhatItRead() {
        Diagnostics d = new Diagnostics(SourceText.of("x.bd", "(a, b c"));
        TokenCursor c = cursorOver(d);
        assertThat(identList(c)).containsExactly("a", "b");
        assertThat(c.peek().text()).isEqualTo("c");
        assertThat(headers(d)).containsExactly("x.bd:1:6: error[E0105]: expected `,` or `)` after a name, found `c`");

        Diagnostics atEnd = new Diagnostics(SourceText.of("x.bd", "(a,"));
        TokenCursor e = cursorOver(atEnd);
        assertThat(identList(e)).containsExactly("a");
        assertThat(headers(atEnd))
                .containsExactly(
                        "x.bd:1:4: error[E0105]: expected `)` to close the list of names opened on line 1, found end of file");
    }

    @Test
    void aCommaListWithoutItsOpenBracketIsEmpty() {
        Diagnostics d = new Diagnostics(SourceText.of("x.bd", "a"));
        TokenCursor c = cursorOver(d);
        assertThat(identList(c)).isEmpty();
        assertThat(c.index()).isZero();
        assertThat(headers(d)).containsExactly("x.bd:1:1: error[E0105]: expected `(`, found `a`");
    }

    @Test
    void skipToStopsAtItsLimit() {
        TokenCursor c = cursor("a b ( , ) , c");
        c.skipTo(EnumSet.of(TokenKind.COMMA), 0);
        assertThat(c.index()).isZero();
        c.skipTo(EnumSet.of(TokenKind.COMMA), 1);
        assertThat(c.index()).isEqualTo(1);
        c.skipTo(EnumSet.of(TokenKind.COMMA), -1);
        assertThat(c.index()).isEqualTo(5);
    }
}
