package beskid.lowering.format;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.SourceUnit;
import beskid.lowering.format.api.FormatResult;
import beskid.lowering.service.FormatComponent;
import org.junit.jupiter.api.Test;

/** The formatter's contract beyond layout: parse only, syntax errors stop it, comments stay. */
class FormatterTest {
    private final FormatComponent service = new FormatComponent();

    @Test
    void aFileWithTypeErrorsFormats() {
        FormatResult r = service.format(SourceUnit.of("t.bd", "i32 main() { string s = 1 + true; return s; }"));
        assertThat(r.ok()).isTrue();
        assertThat(r.changed()).isTrue();
        assertThat(r.text()).isEqualTo("i32 main()\n{\n    string s = 1 + true;\n    return s;\n}\n");
    }

    @Test
    void aFileWithSyntaxErrorsIsAnsweredWithItsDiagnostics() {
        FormatResult r = service.format(SourceUnit.of("bad.bd", "i32 main() { return 1 }\n"));
        assertThat(r.ok()).isFalse();
        assertThat(r.text()).isNull();
        assertThat(r.changed()).isFalse();
        assertThat(r.diagnostics()).isNotEmpty();
        assertThat(r.diagnostics().get(0).header()).startsWith("bad.bd:1:");
    }

    @Test
    void formattedTextIsUnchanged() {
        String text = "i32 main()\n{\n    return 0;\n}\n";
        FormatResult r = service.format(SourceUnit.of("ok.bd", text));
        assertThat(r.changed()).isFalse();
        assertThat(r.text()).isEqualTo(text);
    }

    @Test
    void windowsLineEndsAndABomCountAsChanges() {
        FormatResult r = service.format(SourceUnit.of("crlf.bd", "\uFEFFi32 main()\r\n{\r\n    return 0;\r\n}\r\n"));
        assertThat(r.changed()).isTrue();
        assertThat(r.text()).isEqualTo("i32 main()\n{\n    return 0;\n}\n");
    }

    @Test
    void anEmptyProgramPrintsNothing() {
        assertThat(service.format(SourceUnit.of("e.bd", "\n\n")).text()).isEmpty();
    }

    @Test
    void refAndOutMarkersOnArgumentsStay() {
        FormatResult r = service.format(SourceUnit.of("m.bd", "unit main() { f(ref a, out b, c); }"));
        assertThat(r.text()).contains("f(ref a, out b, c);");
    }

    @Test
    void aBlockCommentSpanningLinesGetsUnixLineEnds() {
        FormatResult r = service.format(SourceUnit.of("c.bd", "/* a  \r\n   b */\r\nunit f() { }\r\n"));
        assertThat(r.text()).isEqualTo("/* a\n   b */\nunit f()\n{ }\n");
    }

    @Test
    void aCommentInsideAnEmptyBlockStaysAndIsStable() {
        String once = service.format(SourceUnit.of("e.bd", "unit f() {\n    // todo\n}\nunit g() { /* none */ }\n"))
                .text();
        assertThat(once).isEqualTo("unit f()\n// todo\n{ }\n\nunit g()\n{ /* none */ }\n");
        assertThat(service.format(SourceUnit.of("e.bd", once)).changed()).isFalse();
    }

    @Test
    void aCommentInsideAnInterpolationStaysInItsStringOnly() {
        FormatResult r = service.format(SourceUnit.of("i.bd", "unit main() { f(\"${a /* c */}\"); }\n"));
        assertThat(r.text()).isEqualTo("unit main()\n{\n    f(\"${a /* c */}\");\n}\n");
    }

    @Test
    void aCommentBeforeADocLineGoesAboveIt() {
        String once = service.format(SourceUnit.of("d.bd", "use /* c */ A;\n/// Doc.\nunit f() { }\n"))
                .text();
        assertThat(once).isEqualTo("use A;\n\n/* c */\n/// Doc.\nunit f()\n{ }\n");
        assertThat(service.format(SourceUnit.of("d.bd", once)).changed()).isFalse();
    }

    @Test
    void aChildModuleKeepsItsPub() {
        FormatResult r = service.format(SourceUnit.of("m.bd", "mod app;\npub   mod util ;\n"));
        assertThat(r.text()).isEqualTo("mod app;\n\npub mod util;\n");
    }
}
