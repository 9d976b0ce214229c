package beskid.runtime.symbols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beskid.runtime.execution.BeskidPanic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Byte lengths and byte-offset substrings agree with encoding the whole string, on short strings
 * (measured directly) and long ones (cached measure and checkpoints), at and inside code points.
 */
class Utf8Test {
    /** One char of each UTF-8 width, a surrogate pair, and an unpaired surrogate (encoded '?'). */
    private static final String[] PIECES = {
        "a", "Z", "\u00e9", "\u07ff", "\u0800", "\u017c", "\uffff", "\ud83d\ude00", "\ud800"
    };

    private static String reference(String s, long start, long len) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (start < 0 || len < 0 || start > bytes.length || len > bytes.length - start) {
            return null;
        }
        return new String(bytes, (int) start, (int) len, StandardCharsets.UTF_8);
    }

    private static String mixed(Random random, int pieces) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    @Test
    void lengthCountsUtf8BytesOfShortAndLongStrings() {
        Random random = new Random(17);
        for (int pieces : new int[] {0, 1, 10, Utf8.SHORT, Utf8.SHORT + 1, 500, 5000}) {
            String s = mixed(random, pieces);
            long expected = s.getBytes(StandardCharsets.UTF_8).length;
            assertThat(Utf8.length(s)).as("pieces %d", pieces).isEqualTo(expected);
            assertThat(Utf8.length(s)).as("cached, pieces %d", pieces).isEqualTo(expected);
        }
    }

    @Test
    void substringOfLongMixedStringsMatchesDecodingTheBytes() {
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            String s = mixed(random, 300 + random.nextInt(400));
            int bytes = s.getBytes(StandardCharsets.UTF_8).length;
            for (int i = 0; i < 400; i++) {
                long start = random.nextInt(bytes + 2) - 1;
                long len = random.nextInt(Math.min(bytes + 2, 300)) - 1;
                assertThat(Utf8.substring(s, start, len))
                        .as("start %d len %d", start, len)
                        .isEqualTo(reference(s, start, len));
            }
        }
    }

    @Test
    void everyRangeOfAShortNonAsciiStringAndItsLongCopy() {
        String shortOne = "\u017c\u00f3\u0142w \ud83d\ude00!"; // żółw 😀!
        String longOne = shortOne.repeat(20);
        for (String s : new String[] {shortOne, longOne}) {
            int bytes = s.getBytes(StandardCharsets.UTF_8).length;
            for (int start = 0; start <= bytes; start++) {
                for (int len = 0; start + len <= bytes && len < 40; len++) {
                    assertThat(Utf8.substring(s, start, len))
                            .as("start %d len %d", start, len)
                            .isEqualTo(reference(s, start, len));
                }
            }
        }
    }

    @Test
    void substringAtCharBoundariesAndInsideACharacter() {
        String turtle = "\u017c\u00f3\u0142w"; // żółw: 2 + 2 + 2 + 1 bytes
        assertThat(Utf8.length(turtle)).isEqualTo(7);
        assertThat(Utf8.substring(turtle, 0, 2)).isEqualTo("\u017c");
        assertThat(Utf8.substring(turtle, 2, 4)).isEqualTo("\u00f3\u0142");
        assertThat(Utf8.substring(turtle, 6, 1)).isEqualTo("w");
        assertThat(Utf8.substring(turtle, 1, 2)).isEqualTo("\ufffd\ufffd"); // the cut bytes
        String longTurtle = "x".repeat(100) + turtle;
        assertThat(Utf8.substring(longTurtle, 101, 3)).isEqualTo("\ufffd\u00f3");
        assertThat(Utf8.substring(longTurtle, 100, 7)).isEqualTo(turtle);
        assertThat(Utf8.substring(longTurtle, 107, 0)).isEmpty();
        assertThat(Utf8.substring(longTurtle, 107, 1)).isNull();
    }

    @Test
    void stringsGrownByConcatKeepTheirMeasure() {
        Random random = new Random(7);
        String s = "";
        for (int i = 0; i < 300; i++) {
            s = SymbolImplementations.str_concat(s, mixed(random, random.nextInt(4)));
            assertThat(SymbolImplementations.str_len(s)).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
        }
        int bytes = s.getBytes(StandardCharsets.UTF_8).length;
        assertThat(Utf8.substring(s, bytes / 3, bytes / 3)).isEqualTo(reference(s, bytes / 3, bytes / 3));
    }

    @Test
    void aJoinThatPairsTwoSurrogatesIsMeasuredAsOnePair() {
        String high = "a".repeat(100) + "\ud83d"; // unpaired: '?', one byte
        String low = "\ude00" + "b".repeat(100);
        assertThat(SymbolImplementations.str_len(high)).isEqualTo(101);
        assertThat(SymbolImplementations.str_len(low)).isEqualTo(101);
        String joined = SymbolImplementations.str_concat(high, low);
        assertThat(SymbolImplementations.str_len(joined)).isEqualTo(204); // the pair is 4 bytes
        String ascii = SymbolImplementations.str_concat("x".repeat(100), "y".repeat(100));
        assertThat(SymbolImplementations.str_len(ascii)).isEqualTo(200);
        assertThat(Utf8.substring(ascii, 99, 2)).isEqualTo("xy");
    }

    @Test
    void asciiLongStringsUseCharIndices() {
        String s = "0123456789".repeat(50);
        assertThat(Utf8.length(s)).isEqualTo(500);
        assertThat(Utf8.substring(s, 495, 5)).isEqualTo("56789");
        assertThat(Utf8.substring(s, 500, 0)).isEmpty();
        assertThat(Utf8.substring(s, 0, 501)).isNull();
    }

    @Test
    void outOfRangeSubstringOfALongStringPanicsWithItsByteLength() {
        String s = "\u00e9".repeat(100);
        assertThatThrownBy(() -> StdInterop.stringSubstring(s, 150, 51))
                .isInstanceOf(BeskidPanic.class)
                .hasMessage("substring out of range: start 150, len 51 (len 200)");
        assertThatThrownBy(() -> StdInterop.stringSubstring(s, -1, 0))
                .isInstanceOf(BeskidPanic.class)
                .hasMessage("substring out of range: start -1, len 0 (len 200)");
        assertThat(StdInterop.stringSubstring(s, 198, 2)).isEqualTo("\u00e9");
    }

    /** Every range that starts or ends within a few bytes of byte offset {@code around}, and the whole string. */
    private static void assertRangesNear(String s, long around) {
        long bytes = s.getBytes(StandardCharsets.UTF_8).length;
        assertThat(SymbolImplementations.str_len(s)).isEqualTo(bytes);
        assertThat(Utf8.substring(s, 0, bytes)).isEqualTo(reference(s, 0, bytes));
        for (long start = Math.max(0, around - 10); start <= Math.min(bytes, around + 10); start++) {
            for (long len = 0; len <= 20 && start + len <= bytes; len++) {
                assertThat(Utf8.substring(s, start, len))
                        .as("start %d len %d", start, len)
                        .isEqualTo(reference(s, start, len));
            }
        }
    }

    @Test
    void aJoinOfMeasuredHalvesIsMeasuredLikeTheJoinedString() {
        String[] lefts = {
            "a".repeat(80), "\u00e9".repeat(80), "a".repeat(80) + "\ud800", "\ud800" + "\u0800".repeat(80), ""
        };
        String[] rights = {"", "b", "\u00e9", "\udc00x", "\ud800y", "\u0800".repeat(70), "z".repeat(70)};
        for (String left : lefts) {
            for (String right : rights) {
                String a = new String(left); // a fresh identity, measured only here
                String b = new String(right);
                SymbolImplementations.str_len(a);
                SymbolImplementations.str_len(b);
                String joined = SymbolImplementations.str_concat(a, b);
                assertRangesNear(joined, a.getBytes(StandardCharsets.UTF_8).length);
            }
        }
    }

    @Test
    void aLongHalfNeverMeasuredLeavesTheJoinToBeMeasuredWhenAsked() {
        String never = new String("x".repeat(100));
        String joined = SymbolImplementations.str_concat(never, "\u00e9");
        assertThat(SymbolImplementations.str_len(joined)).isEqualTo(102);
        assertRangesNear(joined, 100);
        String other = new String("\u0800".repeat(100));
        String joinedAfter = SymbolImplementations.str_concat("y", other);
        assertThat(SymbolImplementations.str_len(joinedAfter)).isEqualTo(301);
        assertRangesNear(joinedAfter, 1);
    }

    @Test
    void manyLongStringsSharingTheCacheKeepTheirOwnMeasure() {
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            strings.add("\u00e9".repeat(Utf8.SHORT + 1 + i)); // a different length each
        }
        for (int i = 0; i < strings.size(); i++) {
            assertThat(Utf8.length(strings.get(i))).isEqualTo(2L * (Utf8.SHORT + 1 + i));
            assertThat(Utf8.substring(strings.get(i), 2L * i, 2)).isEqualTo("\u00e9");
        }
    }

    @Test
    void u0080IsTheFirstTwoByteCharacterInLongStrings() {
        String s = "\u0080".repeat(Utf8.STRIDE * 5) + "end";
        assertThat(Utf8.length(s)).isEqualTo(2L * Utf8.STRIDE * 5 + 3);
        assertThat(Utf8.substring(s, 2L * Utf8.STRIDE * 5, 3)).isEqualTo("end");
        assertThat(Utf8.substring(s, 2L * Utf8.STRIDE * 2 + 1, 3)).isEqualTo("\ufffd\u0080");
        String mixed = "\u0800" + "\u0080".repeat(Utf8.SHORT) + "tail";
        assertRangesNear(mixed, 3 + 2L * Utf8.SHORT);
        assertRangesNear(mixed, 3 + Utf8.STRIDE * 2 + 1);
    }
}
