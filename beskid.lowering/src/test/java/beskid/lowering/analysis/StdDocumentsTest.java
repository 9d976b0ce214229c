package beskid.lowering.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.analysis.api.Position;
import beskid.lowering.analysis.api.Range;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Std sources as documents, Ranges touching positions, work on a big stack. */
class StdDocumentsTest {
    @Test
    void testStdDocument_theBundlesSourceAtBaseZero() throws Exception {
        // start from an empty cache, so that the first call reads the resource
        java.lang.reflect.Field docs = StdDocuments.class.getDeclaredField("DOCS");
        docs.setAccessible(true);
        ((java.util.Map<?, ?>) docs.get(null)).clear();
        assertThat(StdDocuments.uri("Std.System.IO")).isEqualTo("beskid-std:///Std/System/IO.bd");
        DocumentText io = StdDocuments.document("Std.System.IO");
        String text;
        try (InputStream in =
                StdDocumentsTest.class.getClassLoader().getResourceAsStream("beskid/std/Std/System/IO.bd")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(io.uri()).isEqualTo("beskid-std:///Std/System/IO.bd");
        assertThat(io.text()).isEqualTo(text);
        assertThat(io.base()).isZero();
        assertThat(io.source().path()).isEqualTo("IO.bd");
        assertThat(io.identAfter(0, "Println")).isNotNegative();
        assertThat(io.comments()).isNotEmpty();
        assertThat(StdDocuments.document("Std.System.IO")).isSameAs(io);
        assertThat(StdDocuments.document("Std.System.Nope")).isNull();
    }

    @Test
    void testRangeTouches_endIncluded() {
        Range r = new Range(new Position(1, 4), new Position(2, 2));
        assertThat(r.touches(new Position(1, 4))).isTrue();
        assertThat(r.touches(new Position(1, 90))).isTrue();
        assertThat(r.touches(new Position(2, 2))).isTrue();
        assertThat(r.touches(new Position(1, 3))).isFalse();
        assertThat(r.touches(new Position(2, 3))).isFalse();
        assertThat(r.touches(new Position(0, 9))).isFalse();
        assertThat(r.touches(new Position(3, 0))).isFalse();
    }

    @Test
    void testBigStack_resultOnANamedThread_failuresRethrown() {
        assertThat(BigStack.call("named-worker", () -> Thread.currentThread().getName()))
                .isEqualTo("named-worker");
        assertThat(BigStack.call(() -> Thread.currentThread().getName())).isEqualTo("beskid-analysis");
        assertThat(BigStack.call(() -> Thread.currentThread().isDaemon())).isTrue();
        IllegalStateException boom = new IllegalStateException("boom");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BigStack.call(() -> {
                    throw boom;
                }))
                .isSameAs(boom);
        AssertionError err = new AssertionError("err");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BigStack.call(() -> {
                    throw err;
                }))
                .isSameAs(err);
    }

    @Test
    void testBigStack_keepsAnInterruptForTheCaller() {
        Thread.currentThread().interrupt();
        try {
            assertThat(BigStack.call(() -> 42)).isEqualTo(42);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
