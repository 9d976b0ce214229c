package beskid.runtime.symbols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beskid.runtime.execution.BeskidPanic;
import org.junit.jupiter.api.Test;

/** The standard library's interop bodies that need no run: strings and arrays, at their bounds. */
class StdInteropTest {
    @Test
    void testArraySet_outOfBoundsIsABeskidPanicNotAJavaException() {
        Object array = StdInterop.arrayNew(3);
        StdInterop.arraySet(array, 2, "last");
        assertThat(StdInterop.arrayGet(array, 2)).isEqualTo("last");
        assertThatThrownBy(() -> StdInterop.arraySet(array, 3, "x"))
                .isInstanceOf(BeskidPanic.class)
                .hasMessage("index out of bounds: 3 (len 3)");
        assertThatThrownBy(() -> StdInterop.arraySet(array, -1, "x"))
                .isInstanceOf(BeskidPanic.class)
                .hasMessage("index out of bounds: -1 (len 3)");
    }

    @Test
    void testArrayGet_boundsAndZeroValues() {
        Object array = StdInterop.arrayNew(2);
        assertThat(StdInterop.arrayLen(array)).isEqualTo(2);
        assertThat(StdInterop.arrayGet(array, 0)).isNull(); // the element type's zero value
        assertThatThrownBy(() -> StdInterop.arrayGet(array, 2))
                .isInstanceOf(BeskidPanic.class)
                .hasMessage("index out of bounds: 2 (len 2)");
        assertThatThrownBy(() -> StdInterop.arrayGet(array, -1)).isInstanceOf(BeskidPanic.class);
    }

    @Test
    void testArrayNew_lengthLimits() {
        assertThat(StdInterop.arrayLen(StdInterop.arrayNew(0))).isZero();
        assertThatThrownBy(() -> StdInterop.arrayNew(-1))
                .isInstanceOf(BeskidPanic.class)
                .hasMessage("invalid array length: -1");
        assertThatThrownBy(() -> StdInterop.arrayNew(Integer.MAX_VALUE - 7))
                .isInstanceOf(BeskidPanic.class)
                .hasMessage("invalid array length: " + (Integer.MAX_VALUE - 7));
    }

    @Test
    void testSubstring_countsUtf8BytesAndChecksEveryBound() {
        assertThat(StdInterop.stringSubstring("h\u00e9llo", 1, 2)).isEqualTo("\u00e9");
        assertThat(StdInterop.stringSubstring("abc", 3, 0)).isEqualTo("");
        assertThat(StdInterop.stringSubstring("abc", 0, 3)).isEqualTo("abc");
        assertThatThrownBy(() -> StdInterop.stringSubstring("abc", 4, 0))
                .isInstanceOf(BeskidPanic.class)
                .hasMessage("substring out of range: start 4, len 0 (len 3)");
        assertThatThrownBy(() -> StdInterop.stringSubstring("abc", 1, 3)).isInstanceOf(BeskidPanic.class);
        assertThatThrownBy(() -> StdInterop.stringSubstring("abc", -1, 1)).isInstanceOf(BeskidPanic.class);
        assertThatThrownBy(() -> StdInterop.stringSubstring("abc", 0, -1)).isInstanceOf(BeskidPanic.class);
    }

    @Test
    void testContainsAndParse() {
        assertThat(StdInterop.stringContains("beskid", "ski")).isEqualTo(1);
        assertThat(StdInterop.stringContains("beskid", "x")).isZero();
        assertThat(StdInterop.stringParseI64("-42")).isEqualTo(-42);
        assertThat(StdInterop.stringFromI64(42)).isEqualTo("42");
        assertThatThrownBy(() -> StdInterop.stringParseI64("4x"))
                .isInstanceOf(BeskidPanic.class)
                .hasMessage("invalid integer: 4x");
    }
}
