package beskid.lowering.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.SourceUnit;
import beskid.lowering.load.ParsedFile;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Parses kept by content and base: unchanged files are not parsed again, changed ones are. */
class ParseCacheTest {
    static final String URI = "file:///w/a.bd";
    static final SourceUnit A = SourceUnit.of(URI, "i32 main() {\n    return 0;\n}\n");
    static final SourceUnit A2 = SourceUnit.of(URI, "i32 main() {\n    return 1;\n}\n");

    final ParseCache cache = new ParseCache();

    @Test
    void testSameContentSameParse_changedContentParsedAgain() {
        ParsedFile first = cache.parse(A, 0);
        ParsedFile again = cache.parse(SourceUnit.of(URI, "i32 main() {\n    return 0;\n}\n"), 0);
        assertThat(again.unit()).isSameAs(first.unit());
        assertThat(again.text()).isSameAs(first.text());
        assertThat(again.diagnostics()).isNotSameAs(first.diagnostics());
        ParseCache.Parse parse = cache.of(first.text());
        assertThat(parse.uri()).isEqualTo(URI);
        assertThat(parse.unit()).isSameAs(first.unit());
        assertThat(parse.document().uri()).isEqualTo(URI);
        assertThat(parse.document().text()).isEqualTo(first.text().text());

        ParsedFile changed = cache.parse(A2, 0);
        assertThat(changed.unit()).isNotSameAs(first.unit());
        assertThat(cache.of(first.text())).isNull(); // the old content is forgotten
        assertThat(cache.of(changed.text()).unit()).isSameAs(changed.unit());
    }

    @Test
    void testBases_roundedUpToSlots_aParseReusedOnlyWithinItsSlot() {
        ParsedFile at0 = cache.parse(A, 0);
        assertThat(at0.text().base()).isZero();
        ParsedFile at1 = cache.parse(A, 1);
        assertThat(at1.text().base()).isEqualTo(ParseCache.SLOT);
        assertThat(at1.unit()).isNotSameAs(at0.unit());
        assertThat(cache.parse(A, ParseCache.SLOT).unit()).isSameAs(at1.unit());
        assertThat(cache.parse(A, 0).unit()).isSameAs(at0.unit());
        ParsedFile at2 = cache.parse(A, ParseCache.SLOT + 1);
        assertThat(at2.text().base()).isEqualTo(2 * ParseCache.SLOT);
        assertThat(cache.parse(A, 2 * ParseCache.SLOT).unit()).isSameAs(at2.unit());
        // three parses per file: a fourth base drops the oldest
        ParsedFile at3 = cache.parse(A, 2 * ParseCache.SLOT + 1);
        assertThat(cache.of(at0.text())).isNull();
        assertThat(cache.of(at1.text())).isNotNull();
        assertThat(cache.of(at2.text())).isNotNull();
        assertThat(cache.of(at3.text())).isNotNull();
        ParsedFile again = cache.parse(A, 0);
        assertThat(again.unit()).isNotSameAs(at0.unit());
        assertThat(again.text().base()).isZero(); // not the parse at the next slot
    }

    @Test
    void testBackToEarlierContent_parsedAgainAndKnown() {
        ParsedFile first = cache.parse(A, 0);
        cache.parse(A2, 0);
        ParsedFile back = cache.parse(A, 0);
        assertThat(back.unit()).isNotSameAs(first.unit());
        assertThat(cache.of(back.text())).isNotNull();
    }

    @Test
    void testRemoveRetainClear() {
        SourceUnit b = SourceUnit.of("file:///w/b.bd", "i32 f() {\n    return 2;\n}\n");
        ParsedFile a = cache.parse(A, 0);
        ParsedFile pb = cache.parse(b, ParseCache.SLOT);
        cache.retain(Set.of(URI));
        assertThat(cache.of(pb.text())).isNull();
        assertThat(cache.of(a.text())).isNotNull();
        assertThat(cache.parse(b, ParseCache.SLOT).unit()).isNotSameAs(pb.unit());
        cache.remove(URI);
        cache.remove("file:///w/never.bd");
        assertThat(cache.of(a.text())).isNull();
        assertThat(cache.parse(A, 0).unit()).isNotSameAs(a.unit());
        ParsedFile pb2 = cache.parse(b, ParseCache.SLOT);
        cache.clear();
        assertThat(cache.of(pb2.text())).isNull();
        assertThat(cache.parse(b, ParseCache.SLOT).unit()).isNotSameAs(pb2.unit());
    }
}
