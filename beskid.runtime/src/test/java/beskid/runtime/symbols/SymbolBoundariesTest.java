package beskid.runtime.symbols;

import static java.lang.invoke.MethodType.methodType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beskid.abi.ExecutionEntry;
import beskid.abi.RunContext;
import beskid.abi.RunOutcome;
import beskid.runtime.execution.BeskidPanic;
import beskid.runtime.standalone.StandaloneRuntime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edges of the symbols' contracts: unequal strings, empty arrays, event capacities, UTF-8 widths. */
class SymbolBoundariesTest {
    @Test
    void testStrEq_unequalStringsAreUnequal() {
        assertThat(SymbolImplementations.str_eq("a", "b")).isFalse();
        assertThat(SymbolImplementations.str_eq("ab", "a")).isFalse();
        assertThat(SymbolImplementations.str_eq("", "")).isTrue();
    }

    static int allocatesAnEmptyArray() {
        SymbolImplementations.array_new(8, 0);
        SymbolImplementations.array_new(1, 0);
        return 7;
    }

    @Test
    void testArrayNew_zeroLengthIsAnArrayNotAPanic() throws Exception {
        ExecutionEntry entry = StandaloneRuntime.start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunOutcome outcome = entry.execute(
                MethodHandles.lookup()
                        .findStatic(SymbolBoundariesTest.class, "allocatesAnEmptyArray", methodType(int.class)),
                RunContext.of(new ByteArrayOutputStream(), err, new ByteArrayInputStream(new byte[0]), List.of()));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(outcome.exitCode()).isEqualTo(7);
    }

    @Test
    void testEventNew_capacityZeroHoldsNoHandler() {
        Object event = SymbolImplementations.event_new(0);
        assertThat(SymbolImplementations.event_len(event)).isZero();
        assertThatThrownBy(() -> SymbolImplementations.event_subscribe(event, new Object()))
                .isInstanceOf(BeskidPanic.class)
                .hasMessage("event capacity exceeded");
    }

    @Test
    void testEventNew_capacityLimits() {
        Object largest = SymbolImplementations.event_new(1_000_000);
        SymbolImplementations.event_subscribe(largest, new Object());
        assertThat(SymbolImplementations.event_len(largest)).isEqualTo(1);
        assertThatThrownBy(() -> SymbolImplementations.event_new(1_000_001))
                .isInstanceOf(BeskidPanic.class)
                .hasMessage("invalid event capacity: 1000001");
        assertThatThrownBy(() -> SymbolImplementations.event_new(1L << 30))
                .isInstanceOf(BeskidPanic.class)
                .hasMessage("invalid event capacity: " + (1L << 30));
        assertThatThrownBy(() -> SymbolImplementations.event_new(-1))
                .isInstanceOf(BeskidPanic.class)
                .hasMessage("invalid event capacity: -1");
    }

    @Test
    void testEventHandlers_unsubscribeRemovesOnlyTheFirstEqualHandler() {
        Object event = SymbolImplementations.event_new(4);
        Object a = new Object();
        Object b = new Object();
        SymbolImplementations.event_subscribe(event, a);
        SymbolImplementations.event_subscribe(event, b);
        SymbolImplementations.event_subscribe(event, a);
        SymbolImplementations.event_unsubscribe_first(event, a);
        assertThat(SymbolImplementations.event_len(event)).isEqualTo(2);
        assertThat(SymbolImplementations.event_get_handler(event, 0)).isSameAs(b);
        assertThat(SymbolImplementations.event_get_handler(event, 1)).isSameAs(a);
        SymbolImplementations.event_unsubscribe_first(event, new Object()); // not subscribed: no change
        assertThat(SymbolImplementations.event_len(event)).isEqualTo(2);
        assertThatThrownBy(() -> SymbolImplementations.event_get_handler(event, -1))
                .isInstanceOf(BeskidPanic.class)
                .hasMessage("index out of bounds: -1 (len 2)");
        assertThatThrownBy(() -> SymbolImplementations.event_get_handler(event, 2))
                .isInstanceOf(BeskidPanic.class)
                .hasMessage("index out of bounds: 2 (len 2)");
    }

    @Test
    void testEventHandlers_unsubscribingFromAFullListKeepsTheOrderOfTheRest() {
        Object event = SymbolImplementations.event_new(3);
        Object a = new Object();
        Object b = new Object();
        Object c = new Object();
        SymbolImplementations.event_subscribe(event, a);
        SymbolImplementations.event_subscribe(event, b);
        SymbolImplementations.event_subscribe(event, c);
        SymbolImplementations.event_unsubscribe_first(event, new Object()); // absent: nothing changes
        assertThat(SymbolImplementations.event_len(event)).isEqualTo(3);
        SymbolImplementations.event_unsubscribe_first(event, b);
        assertThat(SymbolImplementations.event_len(event)).isEqualTo(2);
        assertThat(SymbolImplementations.event_get_handler(event, 0)).isSameAs(a);
        assertThat(SymbolImplementations.event_get_handler(event, 1)).isSameAs(c);
        SymbolImplementations.event_subscribe(event, b); // the freed slot is usable again
        assertThat(SymbolImplementations.event_get_handler(event, 2)).isSameAs(b);
    }

    @Test
    void testStrLen_utf8WidthChangesAtU0080AndU0800() {
        assertThat(SymbolImplementations.str_len("\u007f")).isEqualTo(1);
        assertThat(SymbolImplementations.str_len("\u0080")).isEqualTo(2);
        assertThat(SymbolImplementations.str_len("\u07ff")).isEqualTo(2);
        assertThat(SymbolImplementations.str_len("\u0800")).isEqualTo(3);
        assertThat(SymbolImplementations.str_len("\uffff")).isEqualTo(3);
        assertThat(SymbolImplementations.str_len("\ud800\udc00")).isEqualTo(4);
        assertThat(SymbolImplementations.str_len("\ud800\ud800")).isEqualTo(2); // two unpaired: '?' each
    }

    @Test
    void testStrFrom_falseAndConcat() {
        assertThat(SymbolImplementations.str_from_bool(false)).isEqualTo("false");
        assertThat(SymbolImplementations.str_concat("ab", "c")).isEqualTo("abc");
        assertThat(SymbolImplementations.str_from_char('A')).isEqualTo("A");
    }

    @Test
    void testPanic_unknownCodeNamesTheCode() {
        assertThatThrownBy(() -> SymbolImplementations.panic(9999))
                .isInstanceOf(BeskidPanic.class)
                .hasMessage("panic code 9999");
    }
}
