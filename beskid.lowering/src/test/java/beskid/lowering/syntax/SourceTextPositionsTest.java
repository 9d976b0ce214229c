package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.Diagnostic;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.diag.Diagnostics;
import org.junit.jupiter.api.Test;

/**
 * Positions and decoding at the edges: a carriage return ending the text, positions asked
 * backwards along one line, invalid bytes at the very start or cut off at the very end.
 */
class SourceTextPositionsTest {

    private static String[] errors(SourceText text) {
        Diagnostics diags = new Diagnostics(text);
        text.reportDecodingErrors(diags);
        return diags.list().stream().map(Diagnostic::header).toArray(String[]::new);
    }

    @Test
    void lengthCountsCharsOfTheDecodedText() {
        assertThat(SourceText.of("x.bd", "a\u017C\uD83D\uDE00").length()).isEqualTo(4);
        assertThat(SourceText.of("x.bd", "\uFEFFab").length()).isEqualTo(2);
        assertThat(SourceText.of("x.bd", "").length()).isZero();
    }

    @Test
    void aCarriageReturnEndingTheTextStartsAnEmptyLastLine() {
        SourceText text = SourceText.of("x.bd", "a\r");
        assertThat(text.lineCount()).isEqualTo(2);
        assertThat(text.lineText(1)).isEqualTo("a");
        assertThat(text.lineText(2)).isEmpty();
        assertThat(text.pos(2)).isEqualTo(new SourcePos(2, 2, 1));
        assertThat(SourceText.indexLines("a\r\nb\r")).containsExactly(0, 3, 5);
    }

    @Test
    void positionsAskedBackwardsAlongOneLine() {
        SourceText text = SourceText.of("x.bd", "ab\nc\u017Cdef");
        assertThat(text.pos(7)).isEqualTo(new SourcePos(7, 2, 5));
        assertThat(text.pos(4)).isEqualTo(new SourcePos(4, 2, 2));
        assertThat(text.pos(3)).isEqualTo(new SourcePos(3, 2, 1));
        assertThat(text.pos(6)).isEqualTo(new SourcePos(6, 2, 4));
        assertThat(text.pos(6)).isEqualTo(new SourcePos(6, 2, 4));
        assertThat(text.pos(1)).isEqualTo(new SourcePos(1, 1, 2));
        assertThat(text.pos(8)).isEqualTo(new SourcePos(8, 2, 6));
    }

    @Test
    void anInvalidByteAtTheVeryStartIsReported() {
        SourceText text = SourceText.decode("x.bd", new byte[] {(byte) 0xFF, 'a'});
        assertThat(text.text()).isEqualTo("\uFFFDa");
        assertThat(text.isDecodingError(0)).isTrue();
        assertThat(errors(text)).containsExactly("x.bd:1:1: error[E0106]: invalid UTF-8 byte sequence");
    }

    @Test
    void aSequenceCutOffByTheEndOfTheFileIsOneBadSequence() {
        SourceText text = SourceText.decode("x.bd", new byte[] {'a', (byte) 0xE2, (byte) 0x82});
        assertThat(text.text()).isEqualTo("a\uFFFD");
        assertThat(text.isDecodingError(1)).isTrue();
        assertThat(errors(text)).containsExactly("x.bd:1:2: error[E0106]: invalid UTF-8 byte sequence");

        // a complete sequence takes no more continuation bytes than its lead byte announces
        SourceText stray = SourceText.decode("x.bd", new byte[] {(byte) 0xC3, (byte) 0xA9, (byte) 0x80, 'b'});
        assertThat(stray.text()).isEqualTo("\u00E9\uFFFDb");
        assertThat(errors(stray)).containsExactly("x.bd:1:2: error[E0106]: invalid UTF-8 byte sequence");

        SourceText four = SourceText.decode("x.bd", new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98});
        assertThat(four.text()).isEqualTo("\uFFFD");
        assertThat(errors(four)).containsExactly("x.bd:1:1: error[E0106]: invalid UTF-8 byte sequence");
    }
}
