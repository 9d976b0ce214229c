package beskid.lowering.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.analysis.api.Analysis;
import beskid.lowering.analysis.api.AnalysisDiagnostic;
import beskid.lowering.analysis.api.AnalysisWorkspace;
import beskid.lowering.analysis.api.Location;
import beskid.lowering.analysis.api.Position;
import beskid.lowering.analysis.api.Range;
import beskid.lowering.analysis.api.SymbolInfo;
import beskid.lowering.analysis.api.SymbolOccurrence;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.load.ParsedFile;
import beskid.lowering.service.AnalysisComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which program a document belongs to, the workspace folder's other files, positions in UTF-16, the parse cache. */
class AnalysisWorkspaceTest {
    static final String MAIN = """
            pub mod geo;
            pub mod tools;

            i32 main() {
                return geo.Twice(2);
            }
            """;
    static final String TOOLS = """
            pub i32 Double(i32 x) {
                return x * 2;
            }
            """;
    static final String GEO = """
            pub i32 Twice(i32 x) {
                return tools.Double(x);
            }
            """;
    static final String OTHER = """
            pub mod tools;

            i32 main() {
                return tools.Double(21);
            }
            """;

    @TempDir
    Path dir;

    private String write(String path, String text) throws Exception {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file.toUri().toString();
    }

    static Range range(int line, int from, int to) {
        return new Range(new Position(line, from), new Position(line, to));
    }

    @Test
    void testModuleFileOpenAloneIsCheckedAsPartOfTheProgramThatDeclaresIt() throws Exception {
        write("main.bd", MAIN);
        String tools = write("tools.bd", TOOLS);
        String geo = write("geo/mod.bd", GEO);
        try (AnalysisWorkspace ws = new AnalysisComponent().open(dir)) {
            ws.update(geo, GEO);
            Analysis a = ws.analysis();

            assertThat(a.diagnostics(geo)).isEmpty(); // alone, `tools` would be an undefined name
            SymbolOccurrence d = a.symbolAt(geo, new Position(1, 18)).orElseThrow();
            assertThat(d.location()).isEqualTo(new Location(geo, range(1, 17, 23)));
            assertThat(d.symbol().declaration()).isEqualTo(new Location(tools, range(0, 8, 14)));
        }
    }

    @Test
    void testModuleFileOpenAloneWithoutDeclarerReportsItsOwnErrors() throws Exception {
        String geo = write("geo/mod.bd", GEO);
        try (AnalysisWorkspace ws = new AnalysisComponent().open(dir)) {
            ws.update(geo, GEO);

            assertThat(ws.analysis().diagnostics(geo))
                    .extracting(AnalysisDiagnostic::range, AnalysisDiagnostic::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(range(1, 11, 16), "undefined name `tools`"));
        }
    }

    @Test
    void testReferences_includeFilesOfOtherProgramsInTheFolder() throws Exception {
        String main = write("main.bd", MAIN);
        String tools = write("tools.bd", TOOLS);
        String geo = write("geo/mod.bd", GEO);
        write("other/app.bd", OTHER);
        write("other/tools.bd", TOOLS);
        String second = write("second.bd", OTHER); // another program of the folder over the same tools.bd
        try (AnalysisWorkspace ws = new AnalysisComponent().open(dir)) {
            ws.update(main, MAIN);
            Analysis a = ws.analysis();
            SymbolInfo twice =
                    a.symbolAt(main, new Position(4, 16)).orElseThrow().symbol();
            SymbolInfo dbl = a.workspaceSymbols("Double").stream()
                    .filter(s -> s.declaration().uri().equals(tools))
                    .findFirst()
                    .orElseThrow();

            assertThat(a.references(twice, true))
                    .extracting(SymbolOccurrence::location)
                    .containsExactly(new Location(geo, range(0, 8, 13)), new Location(main, range(4, 15, 20)));
            assertThat(a.references(dbl, false))
                    .extracting(SymbolOccurrence::location)
                    .containsExactly(new Location(geo, range(1, 17, 23)), new Location(second, range(3, 17, 23)));
            // the other program has a tools.bd of its own: a different symbol
            assertThat(a.workspaceSymbols("Double"))
                    .extracting(s -> s.declaration().uri())
                    .containsExactly(dir.resolve("other/tools.bd").toUri().toString(), tools);
        }
    }

    @Test
    void testIncremental_anEditReparsesOnlyItsFileAndRechecksOnlyItsProgram() throws Exception {
        String main = write("main.bd", MAIN);
        String tools = write("tools.bd", TOOLS);
        write("geo/mod.bd", GEO);
        String lone = write("lone/app.bd", "i32 main() {\n    return 0;\n}\n");
        try (AnalysisWorkspace ws = new AnalysisComponent().open(dir)) {
            ws.update(main, MAIN);
            ws.update(tools, TOOLS);
            ws.update(lone, "i32 main() {\n    return 0;\n}\n");
            Snapshot first = (Snapshot) ws.analysis();

            ws.update(main, MAIN.replace("geo.Twice(2)", "geo.Twice(3)"));
            Snapshot second = (Snapshot) ws.analysis();

            assertThat(second.run(main)).isNotSameAs(first.run(main)); // checked again
            assertThat(second.run(tools)).isSameAs(second.run(main)); // tools.bd is main's module
            assertThat(second.run(main).file(tools).file().unit())
                    .isSameAs(first.run(main).file(tools).file().unit()); // not parsed again
            assertThat(second.run(main).file(main).file().unit())
                    .isNotSameAs(first.run(main).file(main).file().unit());
            assertThat(second.run(lone)).isSameAs(first.run(lone)); // another program: not checked again
        }
    }

    @Test
    void testCrLfLineEnds() {
        String uri = "untitled:crlf";
        try (AnalysisWorkspace ws = new AnalysisComponent().open(null)) {
            ws.update(uri, "i32 main() {\r\n    i32 x = 1;\r\n    x = 2;\r\n    return x;\r\n}\r\n");
            Analysis a = ws.analysis();

            assertThat(a.diagnostics(uri)).extracting(AnalysisDiagnostic::range).containsExactly(range(2, 4, 5));
            assertThat(a.symbolAt(uri, new Position(3, 11))
                            .orElseThrow()
                            .symbol()
                            .declaration())
                    .isEqualTo(new Location(uri, range(1, 8, 9)));
        }
    }

    @Test
    void testPositionsCountUtf16Units() {
        String text = "i32 main() {\n    string s = \"\uD83D\uDE00\u00e9\"; i32 x = s;\n    return x;\n}\n";
        String uri = "untitled:Untitled-1";
        try (AnalysisWorkspace ws = new AnalysisComponent().open(null)) {
            ws.update(uri, text);
            Analysis a = ws.analysis();

            // the emoji is a surrogate pair: two UTF-16 units, one code point (the checker's column 30)
            assertThat(a.diagnostics(uri)).extracting(AnalysisDiagnostic::range).containsExactly(range(1, 30, 31));
            SymbolOccurrence x = a.symbolAt(uri, new Position(2, 11)).orElseThrow();
            assertThat(x.symbol().declaration()).isEqualTo(new Location(uri, range(1, 26, 27)));
        }
    }

    @Test
    void testParseCache_sameContentSameTreeElsewhereOrChangedANewOne() {
        ParseCache cache = new ParseCache();
        SourceUnit a = SourceUnit.of("file:///a.bd", "i32 main() {\n    return 0;\n}\n");

        ParsedFile first = cache.parse(a, 0);
        ParsedFile again = cache.parse(a, 0);
        ParsedFile later = cache.parse(a, ParseCache.SLOT + 1);
        ParsedFile changed = cache.parse(SourceUnit.of("file:///a.bd", "i32 main() {\n    return 1;\n}\n"), 0);

        assertThat(again.unit()).isSameAs(first.unit());
        assertThat(again.diagnostics()).isNotSameAs(first.diagnostics()); // each load adds its own errors
        assertThat(later.unit()).isNotSameAs(first.unit());
        assertThat(later.text().base()).isEqualTo(2 * ParseCache.SLOT);
        assertThat(changed.unit()).isNotSameAs(first.unit());
        assertThat(cache.of(changed.text()).document().uri()).isEqualTo("file:///a.bd");
    }
}
