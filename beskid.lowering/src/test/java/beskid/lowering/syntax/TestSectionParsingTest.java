package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.ast.TestDecl;
import org.junit.jupiter.api.Test;

/** The meta and skip sections of a test as parsed, also when they are malformed. */
class TestSectionParsingTest {
    @Test
    void keepsAMetaSectionWithoutBraceSoADuplicateIsReported() {
        ParseSupport.Parsed p = ParseSupport.parse("test T { meta meta { a = 1; } }\n");
        assertThat(p.errors()).isEqualTo("""
                        1:14 E0105 expected `{` after `meta`, found `meta`
                        1:15 E0112 duplicate `meta` section in test `T`""");
        TestDecl t = (TestDecl) p.unit().items().get(0);
        assertThat(t.meta()).isNotNull();
        assertThat(t.meta().entries()).isEmpty();
    }

    @Test
    void skipsTheRestOfAnEntryWithoutSemicolon() {
        ParseSupport.Parsed p = ParseSupport.parse("test T { meta { a = 1 x = 2; b = 3; } }\n");
        assertThat(p.errors()).isEqualTo("1:22 E0105 expected `;` after the value of `a`, found `x`");
        TestDecl t = (TestDecl) p.unit().items().get(0);
        assertThat(t.meta().entries()).extracting("key").containsExactly("a", "b");
    }
}
