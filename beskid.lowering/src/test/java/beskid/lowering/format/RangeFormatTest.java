package beskid.lowering.format;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.SourceUnit;
import beskid.lowering.format.api.FormatResult;
import beskid.lowering.service.FormatComponent;
import org.junit.jupiter.api.Test;

/** Range formatting: the items that overlap the lines are formatted, the rest is kept exactly. */
class RangeFormatTest {
    private static final String TEXT = "unit a() { f(); }\n" // 1
            + "\n" // 2
            + "  /// Doc of b.\n" // 3
            + "unit b() {\n" // 4
            + "  g( 1 ); }  // end of b\n" // 5
            + "unit c() { h(); }\n"; // 6

    private final FormatComponent service = new FormatComponent();

    private String range(int first, int last) {
        FormatResult r = service.formatRange(SourceUnit.of("r.bd", TEXT), first, last);
        assertThat(r.diagnostics()).isEmpty();
        return r.text();
    }

    @Test
    void onlyTheItemsOverlappingTheLinesAreFormattedWithTheirDocs() {
        assertThat(range(5, 5))
                .isEqualTo(
                        "unit a() { f(); }\n\n/// Doc of b.\nunit b()\n{\n    g(1);\n} // end of b\nunit c() { h(); }\n");
    }

    @Test
    void aRangeOverSeveralItemsFormatsThemAll() {
        assertThat(range(1, 4))
                .isEqualTo("unit a()\n{\n    f();\n}\n\n/// Doc of b.\nunit b()\n{\n    g(1);\n} // end of b\n"
                        + "unit c() { h(); }\n");
    }

    @Test
    void aRangeOnBlankLinesChangesNothing() {
        FormatResult r = service.formatRange(SourceUnit.of("r.bd", TEXT), 2, 2);
        assertThat(r.text()).isEqualTo(TEXT);
        assertThat(r.changed()).isFalse();
    }

    @Test
    void theWholeFileAsARangeIsTheWholeFileFormatted() {
        assertThat(range(1, 6))
                .isEqualTo(service.format(SourceUnit.of("r.bd", TEXT)).text());
    }

    @Test
    void syntaxErrorsAnswerDiagnostics() {
        FormatResult r = service.formatRange(SourceUnit.of("r.bd", "unit a() { f() }\n"), 1, 1);
        assertThat(r.ok()).isFalse();
        assertThat(r.diagnostics()).isNotEmpty();
    }
}
