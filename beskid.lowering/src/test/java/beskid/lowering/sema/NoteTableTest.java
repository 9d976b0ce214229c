package beskid.lowering.sema;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.ast.BindingPattern;
import beskid.lowering.ast.BreakStmt;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.NameExpr;
import beskid.lowering.ast.SourcePos;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The node table keeps one value per node by identity, whatever the offsets of the nodes and
 * however many there are (it grows past its first estimate).
 */
class NoteTableTest {
    private static Expr name(int offset) {
        return new NameExpr(new SourcePos(offset, 1, offset + 1), "x");
    }

    @Test
    void testGetOrAdd_storesOnceAndKeepsNodesOfEqualValueApart() {
        NoteTable<String> table = new NoteTable<>(4);
        Expr a = name(3);
        Expr same = name(3); // equal record, other node
        assertThat(table.get(a)).isNull();
        assertThat(table.getOrAdd(a, () -> "a")).isEqualTo("a");
        assertThat(table.getOrAdd(a, () -> "again")).isEqualTo("a");
        assertThat(table.get(same)).isNull();
        assertThat(table.getOrAdd(same, () -> "same")).isEqualTo("same");
        assertThat(table.get(a)).isEqualTo("a");
        assertThat(table.get(same)).isEqualTo("same");
    }

    @Test
    void testPut_replacesTheValueOfItsOwnNodeOnly() {
        NoteTable<String> table = new NoteTable<>(4);
        Expr a = name(7);
        Expr b = name(7);
        Expr c = name(8);
        table.put(a, "a1");
        table.put(b, "b1");
        table.put(c, "c1");
        table.put(b, "b2");
        table.put(a, "a2");
        assertThat(table.get(a)).isEqualTo("a2");
        assertThat(table.get(b)).isEqualTo("b2");
        assertThat(table.get(c)).isEqualTo("c1");
    }

    @Test
    void testKeysOfEveryKind_statementsPatternsAndOtherObjects() {
        NoteTable<String> table = new NoteTable<>(0);
        BreakStmt s = new BreakStmt(new SourcePos(5, 1, 6));
        BindingPattern p = new BindingPattern(new SourcePos(5, 1, 6), "v");
        Object other = new Object();
        table.put(s, "stmt");
        table.put(p, "pattern");
        table.put(other, "other");
        assertThat(table.get(s)).isEqualTo("stmt");
        assertThat(table.get(p)).isEqualTo("pattern");
        assertThat(table.get(other)).isEqualTo("other");
        assertThat(table.get(new Object())).isNull();
    }

    @Test
    void testGrowth_keepsEveryEntryOfAModuleLargerThanTheEstimate() {
        NoteTable<Integer> added = new NoteTable<>(8);
        NoteTable<Integer> put = new NoteTable<>(8);
        List<Expr> nodes = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            nodes.add(name(i % 700)); // several nodes share an offset, as an assignment and its target do
        }
        for (int i = 0; i < nodes.size(); i++) {
            int v = i;
            assertThat(added.getOrAdd(nodes.get(i), () -> v)).isEqualTo(v);
            put.put(nodes.get(i), v);
        }
        for (int i = 0; i < nodes.size(); i++) {
            assertThat(added.get(nodes.get(i))).isEqualTo(i);
            assertThat(put.get(nodes.get(i))).isEqualTo(i);
        }
        assertThat(added.get(name(5))).isNull();
        assertThat(put.get(name(5))).isNull();
    }

    @Test
    void testLargeEstimate_startsBigEnough() {
        NoteTable<Integer> table = new NoteTable<>(5000);
        List<Expr> nodes = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            nodes.add(name(i * 3));
            table.put(nodes.get(i), i);
        }
        for (int i = 0; i < nodes.size(); i++) {
            assertThat(table.get(nodes.get(i))).isEqualTo(i);
        }
    }
}
