package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The decoder at each edge of UTF-8: the first and last code point of each sequence length,
 * the overlong form just below each, the surrogates and the end of Unicode. A bad sequence is
 * replaced by U+FFFD once per maximal prefix (as the Unicode standard recommends), so the text
 * a user sees in a diagnostic keeps its shape.
 */
class Utf8BoundariesTest {
    private static String decode(int... unsigned) {
        byte[] bytes = new byte[unsigned.length];
        for (int i = 0; i < unsigned.length; i++) {
            bytes[i] = (byte) unsigned[i];
        }
        return SourceText.decode("x.bd", bytes).text();
    }

    @Test
    void twoByteSequences() {
        assertThat(decode(0xC2, 0x80)).isEqualTo("\u0080");
        assertThat(decode(0xDF, 0xBF)).isEqualTo("\u07FF");
        // C0 and C1 could only start overlong forms; each byte is then bad on its own
        assertThat(decode(0xC1, 0xBF)).isEqualTo("\uFFFD\uFFFD");
    }

    @Test
    void threeByteSequencesAndSurrogates() {
        assertThat(decode(0xE0, 0xA0, 0x80)).isEqualTo("\u0800");
        assertThat(decode(0xE0, 0x9F, 0xBF)).isEqualTo("\uFFFD");
        assertThat(decode(0xEF, 0xBF, 0xBF)).isEqualTo("\uFFFF");
        assertThat(decode(0xED, 0x9F, 0xBF)).isEqualTo("\uD7FF");
        assertThat(decode(0xED, 0xA0, 0x80)).isEqualTo("\uFFFD");
        assertThat(decode(0xED, 0xBF, 0xBF)).isEqualTo("\uFFFD");
        assertThat(decode(0xEE, 0x80, 0x80)).isEqualTo("\uE000");
    }

    @Test
    void fourByteSequencesAndTheEndOfUnicode() {
        assertThat(decode(0xF0, 0x90, 0x80, 0x80)).isEqualTo(new String(Character.toChars(0x10000)));
        assertThat(decode(0xF0, 0x8F, 0xBF, 0xBF)).isEqualTo("\uFFFD");
        assertThat(decode(0xF4, 0x8F, 0xBF, 0xBF)).isEqualTo(new String(Character.toChars(0x10FFFF)));
        assertThat(decode(0xF4, 0x90, 0x80, 0x80)).isEqualTo("\uFFFD");
        assertThat(decode(0xF5, 0x80, 0x80, 0x80)).isEqualTo("\uFFFD\uFFFD\uFFFD\uFFFD");
    }

    @Test
    void aSequenceCutByTheEndOfTheFileIsOneReplacement() {
        assertThat(decode('a', 0xE2, 0x82)).isEqualTo("a\uFFFD");
    }

    @Test
    void aFileOfOnlyAByteOrderMarkIsEmpty() {
        assertThat(decode(0xEF, 0xBB, 0xBF)).isEmpty();
        assertThat(decode(0xEF, 0xBB, 0xBF, 'a', 0xC3, 0xA9)).isEqualTo("a\u00E9");
    }
}
