package beskid.runtime.symbols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beskid.runtime.execution.BeskidPanic;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The symbols that need no run: strings, events, and the checks made before a run is consulted. */
class SymbolImplementationsTest {
    @Test
    void testStrLen_isTheLengthOfTheBytesTheRuntimeWrites() {
        // syscall_write and the Std string functions encode with String.getBytes(UTF_8); str_len must agree
        String[] samples = {
            "",
            "abc",
            "\u00e9t\u00e9",
            "\u20ac",
            "\ud83d\ude00",
            "a\ud800b",
            "\udc00",
            "x\ud83d",
            SymbolImplementations.str_from_char(0xD800)
        };
        for (String s : samples) {
            assertThat(SymbolImplementations.str_len(s))
                    .as(s.codePoints().boxed().toList().toString())
                    .isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void testStrNew_decodesUtf8AndReplacesMalformedInput() {
        assertThat(SymbolImplementations.str_new("\u017c\u00f3\u0142w".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("\u017c\u00f3\u0142w");
        assertThat(SymbolImplementations.str_new(new byte[] {'a', (byte) 0xC3})).isEqualTo("a\ufffd");
    }

    @Test
    void testStrFrom_interpolation() {
        assertThat(SymbolImplementations.str_from_i64(Long.MIN_VALUE)).isEqualTo("-9223372036854775808");
        assertThat(SymbolImplementations.str_from_bool(true)).isEqualTo("true");
        assertThat(SymbolImplementations.str_from_char(0x1F600)).isEqualTo("\ud83d\ude00");
        assertThat(SymbolImplementations.str_eq("a", new String("a"))).isTrue();
    }

    @Test
    void testArrayNew_refusesSizesThatOverflow() {
        // elemSize * len wraps around to 0 or to a negative number: still an invalid size, not a tiny array
        assertThatThrownBy(() -> SymbolImplementations.array_new(1L << 62, 4))
                .isInstanceOf(BeskidPanic.class)
                .hasMessage("invalid array size: " + (1L << 62) + " x 4");
        assertThatThrownBy(() -> SymbolImplementations.array_new(1L << 62, 3)).isInstanceOf(BeskidPanic.class);
        assertThatThrownBy(() -> SymbolImplementations.array_new(1L << 32, 1L << 32))
                .isInstanceOf(BeskidPanic.class);
        assertThatThrownBy(() -> SymbolImplementations.array_new(0, 1)).isInstanceOf(BeskidPanic.class);
        assertThatThrownBy(() -> SymbolImplementations.array_new(8, -1)).isInstanceOf(BeskidPanic.class);
    }

    @Test
    void testEvents_capacityOrderAndUnsubscribe() {
        Object event = SymbolImplementations.event_new(2);
        Object h1 = new Object();
        Object h2 = new Object();
        SymbolImplementations.event_subscribe(event, h1);
        SymbolImplementations.event_subscribe(event, h2);
        assertThatThrownBy(() -> SymbolImplementations.event_subscribe(event, h1))
                .isInstanceOf(BeskidPanic.class)
                .hasMessage("event capacity exceeded");
        assertThat(SymbolImplementations.event_len(event)).isEqualTo(2);
        SymbolImplementations.event_unsubscribe_first(event, h1);
        assertThat(SymbolImplementations.event_len(event)).isEqualTo(1);
        assertThat(SymbolImplementations.event_get_handler(event, 0)).isSameAs(h2);
        assertThatThrownBy(() -> SymbolImplementations.event_get_handler(event, 1))
                .isInstanceOf(BeskidPanic.class);
    }
}
