package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.ast.SourcePos;
import beskid.lowering.diag.Diagnostics;
import beskid.lowering.diag.ErrorCode;
import org.junit.jupiter.api.Test;

/** The collector sorts, deduplicates, bounds and renders. */
class DiagnosticsTest {
    private final SourceText text = SourceText.of("dir/Main.bd", "i32 a = 1;\n\tx = ;\n");

    @Test
    void sortsByPositionAndDropsDuplicates() {
        Diagnostics diags = new Diagnostics(text);
        diags.add(text.pos(15), "E0105", "second");
        diags.add(text.pos(4), "E0105", "first");
        diags.add(text.pos(15), "E0105", "second");
        assertThat(diags.list())
                .extracting(d -> d.line() + ":" + d.column() + " " + d.message())
                .containsExactly("1:5 first", "2:5 second");
        assertThat(diags.count()).isEqualTo(2);
    }

    @Test
    void rendersPathHeaderSourceLineAndCaretAfterTabs() {
        Diagnostics diags = new Diagnostics(text);
        diags.add(text.pos(16), ErrorCode.EXPECTED_TOKEN, "expected an expression, found `;`");
        assertThat(diags.render()).isEqualTo("""
                dir/Main.bd:2:6: error[E0105]: expected an expression, found `;`
                    \tx = ;
                    \t    ^
                """);
    }

    @Test
    void keepsAtMostTheLimitAndSaysSo() {
        Diagnostics diags = new Diagnostics(text, 3);
        for (int i = 0; i < 10; i++) {
            diags.add(new SourcePos(i, 1, i + 1), "E0101", "bad " + i);
        }
        assertThat(diags.list()).hasSize(4);
        assertThat(diags.list().get(3).code()).isEqualTo(ErrorCode.TOO_MANY_ERRORS);
    }
}
