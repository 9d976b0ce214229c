package beskid.runtime.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beskid.runtime.testing.OsgiHeader;
import beskid.runtime.testing.OsgiHeader.Clause;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small header parser the manifest checks rely on. */
class OsgiHeaderTest {
    @Test
    void testParse_typedListAttributeDirectivesAndSeveralClauses() {
        List<Clause> clauses = OsgiHeader.parse("ns;version:Version=\"1.2.0\";symbols:List<String>=\"a,b\\,c, d\","
                + "osgi.service;objectClass:List<String>=\"x.Y\";uses:=\"x,z\",p1;p2;version=2");
        assertThat(clauses).hasSize(3);
        Clause ns = clauses.get(0);
        assertThat(ns.paths()).containsExactly("ns");
        assertThat(ns.type("version")).isEqualTo("Version");
        assertThat(ns.attributes()).containsEntry("version", "1.2.0");
        assertThat(ns.list("symbols")).containsExactly("a", "b,c", "d");
        assertThat(clauses.get(1).directives()).containsEntry("uses", "x,z");
        assertThat(clauses.get(1).attributes()).doesNotContainKey("uses");
        assertThat(clauses.get(2).paths()).containsExactly("p1", "p2");
        assertThat(clauses.get(2).type("version")).isEqualTo("String");
    }

    @Test
    void testParse_unterminatedQuoteIsRefused() {
        assertThatThrownBy(() -> OsgiHeader.parse("a;b=\"c")).isInstanceOf(IllegalArgumentException.class);
    }
}
