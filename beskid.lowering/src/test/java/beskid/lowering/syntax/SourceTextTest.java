package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.ast.SourcePos;
import beskid.lowering.diag.Diagnostics;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Decoding, line index and code-point columns as LANGUAGE.md fixes them. */
class SourceTextTest {

    @Test
    void dropsLeadingByteOrderMark() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b'};
        SourceText text = SourceText.decode("x.bd", bytes);
        assertThat(text.text()).isEqualTo("ab");
        assertThat(text.pos(0)).isEqualTo(new SourcePos(0, 1, 1));
    }

    @Test
    void aFileOfAProgramHasItsOwnOffsetRangeButItsOwnLinesAndColumns() {
        SourceText text = SourceText.decode("util.bd", "i32 a;\ni32 b;".getBytes(StandardCharsets.UTF_8), 1000);
        assertThat(text.base()).isEqualTo(1000);
        assertThat(text.pos(11)).isEqualTo(new SourcePos(1011, 2, 5));
        Diagnostics diags = new Diagnostics(text);
        assertThat(Lexer.tokenize(text, diags))
                .extracting(Token::offset)
                .containsExactly(1000, 1004, 1005, 1007, 1011, 1012, 1013);
        assertThat(Lexer.tokenize(text, diags).get(4).pos()).isEqualTo(new SourcePos(1011, 2, 5));
    }

    @Test
    void countsColumnsInCodePointsAndTabsAsOne() {
        SourceText text = SourceText.of("x.bd", "\tż😀x\nb");
        int x = text.text().indexOf('x');
        assertThat(text.pos(x)).isEqualTo(new SourcePos(x, 1, 4));
        assertThat(text.pos(text.text().indexOf('b'))).isEqualTo(new SourcePos(6, 2, 1));
    }

    @Test
    void splitsLinesAtLfCrLfAndLoneCr() {
        SourceText text = SourceText.of("x.bd", "a\r\nb\rc\nd");
        assertThat(text.lineCount()).isEqualTo(4);
        assertThat(text.lineText(1)).isEqualTo("a");
        assertThat(text.lineText(2)).isEqualTo("b");
        assertThat(text.lineText(3)).isEqualTo("c");
        assertThat(text.lineText(4)).isEqualTo("d");
        assertThat(text.lineText(5)).isEmpty();
        assertThat(text.pos(text.text().indexOf('d')).line()).isEqualTo(4);
    }

    @Test
    void answersPositionsInAnyOrder() {
        SourceText text = SourceText.of("x.bd", "abc\ndef");
        assertThat(text.pos(6)).isEqualTo(new SourcePos(6, 2, 3));
        assertThat(text.pos(1)).isEqualTo(new SourcePos(1, 1, 2));
        assertThat(text.pos(5)).isEqualTo(new SourcePos(5, 2, 2));
        assertThat(text.pos(99)).isEqualTo(new SourcePos(7, 2, 4));
    }

    @Test
    void reportsEachRunOfInvalidUtf8Once() {
        // 0xC3 without continuation; C0 AF (two bytes that are never valid); an encoded surrogate
        // (one bad sequence); two F8 bytes.
        byte[] bytes = {
            'a',
            (byte) 0xC3,
            'b',
            (byte) 0xC0,
            (byte) 0xAF,
            'c',
            (byte) 0xED,
            (byte) 0xA0,
            (byte) 0x80,
            'd',
            (byte) 0xF8,
            (byte) 0xF8,
            'e'
        };
        SourceText text = SourceText.decode("x.bd", bytes);
        assertThat(text.text()).startsWith("a\uFFFDb").endsWith("d\uFFFD\uFFFDe");
        Diagnostics diags = new Diagnostics(text);
        text.reportDecodingErrors(diags);
        assertThat(diags.list())
                .extracting(d -> d.column() + " " + d.code())
                .containsExactly("2 E0106", "4 E0106", "7 E0106", "9 E0106");
        assertThat(diags.list().get(3).message()).contains("2 bad sequences");
    }

    @Test
    void decodesValidMultiByteText() {
        String s = "żółw 😀 ${}";
        assertThat(SourceText.decode("x.bd", s.getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo(s);
    }
}
