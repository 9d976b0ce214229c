package beskid.lowering.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.analysis.api.AnalysisDiagnostic;
import beskid.lowering.analysis.api.AnalysisWorkspace;
import beskid.lowering.analysis.api.Position;
import beskid.lowering.analysis.api.Range;
import beskid.lowering.service.AnalysisComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a checked program's diagnostics blame: a token, a line break (LF or CRLF), the last character, an astral character. */
class ProgramRunTest {
    static List<AnalysisDiagnostic> diagnostics(String text) {
        String uri = "untitled:t";
        try (AnalysisWorkspace ws = new AnalysisComponent().open(null)) {
            ws.update(uri, text);
            return ws.analysis().diagnostics(uri);
        }
    }

    static Range range(int line, int from, int toLine, int to) {
        return new Range(new Position(line, from), new Position(toLine, to));
    }

    @Test
    void testMissingReturn_blamesTheClosingBrace() {
        assertThat(diagnostics("i32 main() {\n}\n"))
                .extracting(AnalysisDiagnostic::range, d -> d.code().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(range(1, 0, 1, 1), "E0307"));
    }

    @Test
    void testAfterASyntaxErrorNoMissingReturn_theLineBreakIsBlamed() {
        assertThat(diagnostics("i32 main() {\n    i32 x = 1\n}\n"))
                .extracting(AnalysisDiagnostic::range, AnalysisDiagnostic::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        range(1, 13, 2, 0), "expected `;` after the declaration of `x`, found `}`"));
    }

    @Test
    void testCrLfBreakBlamedWhole() {
        assertThat(diagnostics("i32 main() {\r\n    return 0\r\n}\r\n"))
                .extracting(AnalysisDiagnostic::range)
                .containsExactly(range(1, 12, 2, 0));
    }

    @Test
    void testAtTheEndOfTheTextTheCharacterBefore() {
        assertThat(diagnostics("i32 main() {\n    return 0"))
                .extracting(AnalysisDiagnostic::range, AnalysisDiagnostic::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        range(1, 11, 1, 12), "expected `;` after the return value, found end of file"));
    }

    @Test
    void testAnAstralCharacterIsTwoUnits() {
        assertThat(diagnostics("i32 main() {\n    return 😀;\n}\n"))
                .extracting(AnalysisDiagnostic::range, AnalysisDiagnostic::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(range(1, 11, 1, 13), "unexpected character `😀`"));
    }

    @Test
    void testTheFirstTokenBlamedWhole() {
        assertThat(diagnostics("i33 main() {\n    return 0;\n}\n"))
                .extracting(AnalysisDiagnostic::range)
                .containsExactly(range(0, 0, 0, 3));
    }

    @Test
    void testALoneCrAtTheEndBlamed() {
        assertThat(diagnostics("i32 main() {\r    return 0\r"))
                .extracting(AnalysisDiagnostic::range)
                .containsExactly(range(1, 12, 2, 0));
    }

    @Test
    void testPastTheLastCharacterTheOneBefore() {
        assertThat(diagnostics("i32 main() {\n    return 0;"))
                .extracting(AnalysisDiagnostic::range, AnalysisDiagnostic::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        range(1, 12, 1, 13), "expected `}` to close the block opened on line 1, found end of file"));
    }

    @TempDir
    Path dir;

    @Test
    void testAModuleFilesDiagnosticBlamesItsOwnText() throws Exception {
        Path main = dir.resolve("main.bd");
        Files.writeString(main, "pub mod tools;\n\ni32 main() {\n    return tools.One();\n}\n");
        Path tools = dir.resolve("tools.bd");
        Files.writeString(tools, "pub i32 One() {\n    return 1\n}\n");
        try (AnalysisWorkspace ws = new AnalysisComponent().open(dir)) {
            ws.update(Uris.of(main), Files.readString(main));
            ws.update(Uris.of(tools), Files.readString(tools));
            List<AnalysisDiagnostic> found = ws.analysis().diagnostics(Uris.of(tools));
            assertThat(found).extracting(AnalysisDiagnostic::range).containsExactly(range(1, 12, 2, 0));
            assertThat(found.get(0).message()).isEqualTo("expected `;` after the return value, found `}`");
        }
    }

    @Test
    void testAChangedModuleFileRechecksTheProgramThatLoadsIt() throws Exception {
        Path main = dir.resolve("main.bd");
        Files.writeString(main, "pub mod tools;\n\ni32 main() {\n    return tools.One();\n}\n");
        Path tools = dir.resolve("tools.bd");
        Files.writeString(tools, "pub i32 One() {\n    return 1;\n}\n");
        try (AnalysisWorkspace ws = new AnalysisComponent().open(dir)) {
            ws.update(Uris.of(main), Files.readString(main));
            assertThat(ws.analysis().diagnostics(Uris.of(main))).isEmpty();
            ws.update(Uris.of(tools), "pub i32 Two() {\n    return 2;\n}\n");
            assertThat(ws.analysis().diagnostics(Uris.of(main)))
                    .extracting(AnalysisDiagnostic::range)
                    .containsExactly(range(3, 17, 3, 20));
        }
    }
}
