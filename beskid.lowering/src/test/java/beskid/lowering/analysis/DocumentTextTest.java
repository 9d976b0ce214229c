package beskid.lowering.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.analysis.api.Position;
import beskid.lowering.analysis.api.Range;
import beskid.lowering.diag.Diagnostics;
import beskid.lowering.syntax.Parser;
import beskid.lowering.syntax.SourceText;
import beskid.lowering.syntax.SyntaxDetails;
import beskid.lowering.syntax.TokenKind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A file's text as an editor sees it: LSP positions in UTF-16, line ends, tokens around an offset. */
class DocumentTextTest {
    static final int BASE = 100;

    static DocumentText doc(String text) {
        SourceText source = SourceText.decode("t.bd", text.getBytes(StandardCharsets.UTF_8), BASE);
        SyntaxDetails details = new SyntaxDetails();
        Parser.parse(source, new Diagnostics(source), details);
        return new DocumentText("file:///t.bd", source, details.tokens(), details.comments());
    }

    @Test
    void testContains_fromTheBaseToTheEndIncluded() {
        DocumentText d = doc("i32 x;");
        assertThat(d.contains(BASE - 1)).isFalse();
        assertThat(d.contains(BASE)).isTrue();
        assertThat(d.contains(BASE + 6)).isTrue();
        assertThat(d.contains(BASE + 7)).isFalse();
    }

    @Test
    void testLines_withoutTheirBreaks_lf_crlf_andLoneCr() {
        DocumentText d = doc("ab\r\ncd\n\nef\rg\r\n");
        assertThat(d.lineCount()).isEqualTo(6);
        assertThat(d.line(0)).isEqualTo("ab");
        assertThat(d.line(1)).isEqualTo("cd");
        assertThat(d.line(2)).isEmpty();
        assertThat(d.line(3)).isEqualTo("ef");
        assertThat(d.line(4)).isEqualTo("g");
        assertThat(d.line(5)).isEmpty();
        assertThat(doc("a\r\nb").line(1)).isEqualTo("b");
        assertThat(doc("a\r\n\nb").line(1)).isEmpty();
        assertThat(doc("a\r\r\nb").line(0)).isEqualTo("a");
        assertThat(doc("a\r\r\nb").line(1)).isEmpty();
        assertThat(doc("last").line(0)).isEqualTo("last");
    }

    @Test
    void testOffsetOfPosition_clampedToItsLineBeforeTheBreak() {
        DocumentText d = doc("ab\r\ncd\n\nef");
        assertThat(d.offset(new Position(0, 0))).isEqualTo(BASE);
        assertThat(d.offset(new Position(0, 2))).isEqualTo(BASE + 2);
        assertThat(d.offset(new Position(0, 9))).isEqualTo(BASE + 2); // not into the \r\n
        assertThat(d.offset(new Position(1, 1))).isEqualTo(BASE + 5);
        assertThat(d.offset(new Position(1, 9))).isEqualTo(BASE + 6);
        assertThat(d.offset(new Position(2, 4))).isEqualTo(BASE + 7);
        assertThat(d.offset(new Position(3, 1))).isEqualTo(BASE + 9);
        assertThat(d.offset(new Position(3, 9))).isEqualTo(BASE + 10);
        assertThat(d.offset(new Position(1, -3))).isEqualTo(BASE + 4);
        assertThat(d.offset(new Position(-1, 5))).isEqualTo(BASE);
        assertThat(d.offset(new Position(4, 0))).isEqualTo(BASE + 10);
        assertThat(d.offset(new Position(9, 0))).isEqualTo(BASE + 10);
    }

    @Test
    void testPositions_countUtf16Units_astralCharactersTwo() {
        // "é" is one unit, "😀" (U+1F600) two
        DocumentText d = doc("aé😀b\r\nx😀y");
        assertThat(d.position(BASE + 2)).isEqualTo(new Position(0, 2));
        assertThat(d.position(BASE + 4)).isEqualTo(new Position(0, 4));
        assertThat(d.position(BASE + 5)).isEqualTo(new Position(0, 5));
        assertThat(d.position(BASE + 7)).isEqualTo(new Position(1, 0));
        assertThat(d.position(BASE + 10)).isEqualTo(new Position(1, 3));
        assertThat(d.position(BASE - 5)).isEqualTo(new Position(0, 0));
        assertThat(d.position(BASE + 99)).isEqualTo(new Position(1, 4));
        assertThat(d.offset(new Position(1, 3))).isEqualTo(BASE + 10);
        assertThat(d.range(BASE + 1, BASE + 8)).isEqualTo(new Range(new Position(0, 1), new Position(1, 1)));
    }

    @Test
    void testOffsetOfLineAndColumn_oneBasedInCodePoints() {
        DocumentText d = doc("aé😀b\nx😀y");
        assertThat(d.offset(1, 1)).isEqualTo(BASE);
        assertThat(d.offset(1, 2)).isEqualTo(BASE + 1);
        assertThat(d.offset(1, 3)).isEqualTo(BASE + 2);
        assertThat(d.offset(1, 4)).isEqualTo(BASE + 4); // after the emoji: two units
        assertThat(d.offset(1, 5)).isEqualTo(BASE + 5);
        assertThat(d.offset(2, 1)).isEqualTo(BASE + 6);
        assertThat(d.offset(2, 3)).isEqualTo(BASE + 9);
        assertThat(d.offset(2, 4)).isEqualTo(BASE + 10);
        assertThat(d.offset(2, 99)).isEqualTo(BASE + 10); // not past the text
        assertThat(d.offset(0, 1)).isEqualTo(BASE + 10);
        assertThat(d.offset(3, 1)).isEqualTo(BASE + 10);
    }

    @Test
    void testTokens_startingAt_touching_preferringNames() {
        String text = "i32 x=y;  z";
        DocumentText d = doc(text);
        int x = d.tokenStartingAt(BASE + 4);
        assertThat(d.token(x).text()).isEqualTo("x");
        assertThat(d.tokenStartingAt(BASE + 3)).isEqualTo(-1);
        assertThat(d.token(d.tokenTouching(BASE + 5)).text()).isEqualTo("x"); // "x" ends where "=" starts
        assertThat(d.token(d.tokenTouching(BASE + 6)).text()).isEqualTo("y");
        assertThat(d.token(d.tokenTouching(BASE + 8)).kind()).isEqualTo(TokenKind.SEMI);
        assertThat(d.tokenTouching(BASE + 9)).isEqualTo(-1);
        assertThat(doc("x=y").tokenTouching(BASE + 1)).isEqualTo(0); // the first token, a name, before "="
        assertThat(d.token(d.tokenTouching(BASE + 1)).text()).isEqualTo("i32");
        assertThat(d.range(d.token(x))).isEqualTo(new Range(new Position(0, 4), new Position(0, 5)));
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.base()).isEqualTo(BASE);
        assertThat(d.uri()).isEqualTo("file:///t.bd");
    }

    @Test
    void testIdentAfterAndKindAfter() {
        DocumentText d = doc("i32 y = x + y; y");
        int y = d.identAfter(0, "y");
        assertThat(d.token(y).offset()).isEqualTo(BASE + 4);
        int second = d.identAfter(y + 1, "y");
        assertThat(d.token(second).offset()).isEqualTo(BASE + 12);
        assertThat(d.identAfter(-4, "x")).isEqualTo(d.tokenStartingAt(BASE + 8));
        assertThat(d.identAfter(0, "z")).isEqualTo(-1);
        assertThat(d.identAfter(0, "+")).isEqualTo(-1);
        assertThat(d.identAfter(d.tokens().size(), "y")).isEqualTo(-1);
        assertThat(d.kindAfter(0, TokenKind.SEMI)).isEqualTo(d.tokenStartingAt(BASE + 13));
        assertThat(d.kindAfter(-2, TokenKind.ASSIGN)).isEqualTo(d.tokenStartingAt(BASE + 6));
        assertThat(d.kindAfter(0, TokenKind.LBRACE)).isEqualTo(-1);
        assertThat(d.kindAfter(d.tokens().size(), TokenKind.EOF)).isEqualTo(-1);
    }

    @Test
    void testPartner_matchingBrackets() {
        DocumentText d = doc("(a[1])");
        assertThat(d.partner(0)).isEqualTo(5);
        assertThat(d.partner(5)).isEqualTo(0);
        assertThat(d.partner(2)).isEqualTo(4);
        assertThat(d.partner(1)).isEqualTo(-1);
        assertThat(d.partner(-1)).isEqualTo(-1);
        assertThat(d.partner(d.tokens().size())).isEqualTo(-1);
    }
}
