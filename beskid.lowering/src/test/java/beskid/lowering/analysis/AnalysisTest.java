package beskid.lowering.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.analysis.api.Analysis;
import beskid.lowering.analysis.api.AnalysisDiagnostic;
import beskid.lowering.analysis.api.AnalysisWorkspace;
import beskid.lowering.analysis.api.Completion;
import beskid.lowering.analysis.api.InferredType;
import beskid.lowering.analysis.api.Location;
import beskid.lowering.analysis.api.OutlineNode;
import beskid.lowering.analysis.api.Position;
import beskid.lowering.analysis.api.QuickFix;
import beskid.lowering.analysis.api.Range;
import beskid.lowering.analysis.api.SemanticToken;
import beskid.lowering.analysis.api.SemanticToken.TokenType;
import beskid.lowering.analysis.api.SignatureHelp;
import beskid.lowering.analysis.api.SymbolInfo;
import beskid.lowering.analysis.api.SymbolKind;
import beskid.lowering.analysis.api.SymbolOccurrence;
import beskid.lowering.analysis.api.TextEdit;
import beskid.lowering.analysis.api.TypeAt;
import beskid.lowering.service.AnalysisComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis model over a program of two files: each query with exact ranges and contents. */
class AnalysisTest {
    static final String MAIN = """
            use Std.System.IO;
            pub mod geo;

            type Point { i64 x, i64 y }

            /// Adds two numbers.
            i64 add(i64 a, i64 b) {
                return a + b;
            }

            i32 main() {
                geo.Shape s = geo.Shape::Circle(2);
                let a = geo.Area(s);
                i32 n = 0;
                n = n + 1;
                Point p = Point { x: 1, y: 2 };
                IO.Println("area ${add(a, p.x)}");
                return n;
            }
            """;

    static final String GEO = """
            /// A plane shape.
            pub enum Shape { Circle(i64 r), Square(i64 side) }

            /// The area of a shape.
            pub i64 Area(Shape s) {
                return match s {
                    Shape::Circle(r) => r * r * 3
                };
            }
            """;

    @TempDir
    Path dir;

    String mainUri;
    String geoUri;
    AnalysisWorkspace workspace;

    @BeforeEach
    void open() throws Exception {
        Files.writeString(dir.resolve("main.bd"), MAIN);
        Files.createDirectories(dir.resolve("geo"));
        Files.writeString(dir.resolve("geo/mod.bd"), GEO);
        mainUri = dir.resolve("main.bd").toUri().toString();
        geoUri = dir.resolve("geo/mod.bd").toUri().toString();
        workspace = new AnalysisComponent().open(dir);
        workspace.update(mainUri, MAIN);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    static Range range(int line, int from, int to) {
        return new Range(new Position(line, from), new Position(line, to));
    }

    static Position at(int line, int character) {
        return new Position(line, character);
    }

    @Test
    void testDiagnostics_eachFileOfTheProgramHasItsOwn() {
        workspace.update(geoUri, GEO);
        Analysis a = workspace.analysis();

        assertThat(a.documents()).containsExactly(geoUri, mainUri);
        assertThat(a.diagnostics(mainUri))
                .containsExactly(new AnalysisDiagnostic(
                        range(14, 4, 5), "E0308", "cannot assign to immutable `n`; declare it `mut`"));
        assertThat(a.diagnostics(geoUri))
                .containsExactly(new AnalysisDiagnostic(
                        range(5, 11, 16),
                        "E0306",
                        "non-exhaustive match: `Shape::Square` is not covered; add an arm for it or a `_` arm"));
        assertThat(a.diagnostics("file:///nowhere.bd")).isEmpty();
    }

    @Test
    void testDiagnostics_atTheEndOfALineOrTextBlameOneCharacter() {
        workspace.update(mainUri, "i32 main() {\n    return 0\n}\n");
        workspace.update(geoUri, "i32 f() {\n    return 0;");
        Analysis a = workspace.analysis();

        // the missing `;` is reported after `0`: the line break is blamed
        assertThat(a.diagnostics(mainUri))
                .extracting(AnalysisDiagnostic::range)
                .containsExactly(new Range(at(1, 12), at(2, 0)));
        // an unclosed body at the end of the text: its last character
        assertThat(a.diagnostics(geoUri)).extracting(AnalysisDiagnostic::range).containsExactly(range(1, 12, 13));
    }

    @Test
    void testDiagnostics_followEditsAndSameAnalysisWhenNothingChanged() {
        Analysis first = workspace.analysis();
        assertThat(workspace.analysis()).isSameAs(first);

        workspace.update(mainUri, MAIN.replace("i32 n = 0;", "i32 mut n = 0;"));
        Analysis second = workspace.analysis();

        assertThat(second).isNotSameAs(first);
        assertThat(second.diagnostics(mainUri)).isEmpty();
        assertThat(first.diagnostics(mainUri)).hasSize(1); // an analysis is immutable
    }

    @Test
    void testDiagnostics_moduleFileOpenInTheEditorShadowsTheDisk() {
        workspace.update(geoUri, GEO.replace("r * r * 3", "r * r * 3,\n        Shape::Square(x) => x * x"));

        assertThat(workspace.analysis().diagnostics(geoUri)).isEmpty();

        workspace.remove(geoUri);
        Analysis a = workspace.analysis();
        assertThat(a.documents()).containsExactly(mainUri);
        assertThat(a.diagnostics(geoUri)).isEmpty(); // not open: not answered
    }

    @Test
    void testSymbolAt_functionInAnotherFileWithDocAndSignature() {
        SymbolOccurrence o = workspace.analysis().symbolAt(mainUri, at(12, 18)).orElseThrow();

        SymbolInfo area = o.symbol();
        assertThat(o.location()).isEqualTo(new Location(mainUri, range(12, 16, 20)));
        assertThat(o.declaration()).isFalse();
        assertThat(area.name()).isEqualTo("Area");
        assertThat(area.kind()).isEqualTo(SymbolKind.FUNCTION);
        assertThat(area.declaration()).isEqualTo(new Location(geoUri, range(4, 8, 12)));
        assertThat(area.detail()).isEqualTo("i64 Area(Shape s)");
        assertThat(area.documentation()).isEqualTo("The area of a shape.");
        assertThat(area.container()).isEqualTo("geo");
        assertThat(area.id()).isEqualTo(geoUri + "#4:8");
    }

    @Test
    void testSymbolAt_stdFunctionLocalsAndFields() {
        Analysis a = workspace.analysis();

        SymbolInfo println = a.symbolAt(mainUri, at(16, 8)).orElseThrow().symbol();
        assertThat(println.name()).isEqualTo("Println");
        assertThat(println.detail()).isEqualTo("unit Println(string s)");
        assertThat(println.declaration().uri()).isEqualTo("beskid-std:///Std/System/IO.bd");
        assertThat(println.documentation()).isNotBlank();

        SymbolOccurrence local = a.symbolAt(mainUri, at(14, 9)).orElseThrow();
        assertThat(local.location().range()).isEqualTo(range(14, 8, 9));
        assertThat(local.symbol().kind()).isEqualTo(SymbolKind.LOCAL);
        assertThat(local.symbol().detail()).isEqualTo("i32 n");
        assertThat(local.symbol().declaration()).isEqualTo(new Location(mainUri, range(13, 8, 9)));

        SymbolInfo x = a.symbolAt(mainUri, at(16, 32)).orElseThrow().symbol();
        assertThat(x.kind()).isEqualTo(SymbolKind.FIELD);
        assertThat(x.declaration()).isEqualTo(new Location(mainUri, range(3, 17, 18)));
        assertThat(x.container()).isEqualTo("Point");

        SymbolInfo variant = a.symbolAt(mainUri, at(11, 30)).orElseThrow().symbol();
        assertThat(variant.kind()).isEqualTo(SymbolKind.VARIANT);
        assertThat(variant.detail()).isEqualTo("Shape::Circle(i64 r)");
        assertThat(variant.declaration()).isEqualTo(new Location(geoUri, range(1, 17, 23)));

        assertThat(a.symbolAt(mainUri, at(7, 6))).isEmpty(); // the keyword `return`
    }

    @Test
    void testReferences_acrossTheFilesOfTheWorkspaceFolder() {
        Analysis a = workspace.analysis();
        SymbolInfo area = a.symbolAt(mainUri, at(12, 18)).orElseThrow().symbol();

        List<SymbolOccurrence> all = a.references(area, true);
        assertThat(all)
                .extracting(SymbolOccurrence::location)
                .containsExactly(new Location(geoUri, range(4, 8, 12)), new Location(mainUri, range(12, 16, 20)));
        assertThat(all).extracting(SymbolOccurrence::declaration).containsExactly(true, false);
        assertThat(a.references(area, false))
                .extracting(SymbolOccurrence::location)
                .containsExactly(new Location(mainUri, range(12, 16, 20)));

        SymbolInfo n = a.symbolAt(mainUri, at(13, 8)).orElseThrow().symbol();
        assertThat(a.references(n, true))
                .extracting(o -> o.location().range())
                .containsExactly(range(13, 8, 9), range(14, 4, 5), range(14, 8, 9), range(17, 11, 12));
    }

    @Test
    void testReferences_leaveOutUseAliases() {
        String source = """
                mod util {
                    pub i64 add(i64 a, i64 b) {
                        return a + b;
                    }
                }

                use util.add as plus;

                i64 main() {
                    return plus(1, util.add(2, 3));
                }
                """;
        workspace.update(mainUri, source);
        Analysis a = workspace.analysis();

        SymbolOccurrence alias = a.symbolAt(mainUri, at(9, 12)).orElseThrow();
        assertThat(alias.symbol().name()).isEqualTo("add"); // hover and definition see through the alias
        assertThat(alias.symbol().declaration().range()).isEqualTo(range(1, 12, 15));
        assertThat(a.references(alias.symbol(), true))
                .extracting(o -> o.location().range())
                .containsExactly(range(1, 12, 15), range(6, 9, 12), range(9, 24, 27));
    }

    @Test
    void testTypeAt_innermostExpression() {
        Analysis a = workspace.analysis();

        assertThat(a.typeAt(mainUri, at(14, 10))).contains(new TypeAt(range(14, 8, 13), "i32"));
        assertThat(a.typeAt(mainUri, at(11, 24))).contains(new TypeAt(range(11, 18, 38), "Shape"));
        assertThat(a.typeAt(mainUri, at(15, 25))).contains(new TypeAt(range(15, 25, 26), "i64"));
        assertThat(a.typeAt(mainUri, at(0, 2))).isEmpty();
    }

    @Test
    void testInferredTypes_letBindingsInTheRange() {
        Analysis a = workspace.analysis();

        assertThat(a.inferredTypes(mainUri, new Range(at(0, 0), at(19, 0))))
                .containsExactly(new InferredType(at(12, 9), ": i64"));
        assertThat(a.inferredTypes(mainUri, new Range(at(13, 0), at(19, 0)))).isEmpty();
    }

    @Test
    void testInferredTypes_genericCall() {
        String source = """
                enum Box<T> { Full(T value), Empty }

                Box<T> wrap<T>(T v) {
                    return Box::Full(v);
                }

                i32 main() {
                    let b = wrap(7);
                    return 0;
                }
                """;
        workspace.update(mainUri, source);

        assertThat(workspace.analysis().inferredTypes(mainUri, new Range(at(0, 0), at(10, 0))))
                .containsExactly(new InferredType(at(7, 9), ": Box<i32>"), new InferredType(at(7, 16), "<i32>"));
    }

    @Test
    void testOutline_itemsAndMembers() {
        List<OutlineNode> outline = workspace.analysis().outline(mainUri);

        assertThat(outline).extracting(OutlineNode::name).containsExactly("Point", "add", "main");
        OutlineNode point = outline.get(0);
        assertThat(point.kind()).isEqualTo(SymbolKind.STRUCT);
        assertThat(point.range()).isEqualTo(new Range(at(3, 0), at(3, 27)));
        assertThat(point.selectionRange()).isEqualTo(range(3, 5, 10));
        assertThat(point.children())
                .containsExactly(
                        new OutlineNode("x", SymbolKind.FIELD, "i64 x", range(3, 13, 18), range(3, 17, 18), List.of()),
                        new OutlineNode("y", SymbolKind.FIELD, "i64 y", range(3, 20, 25), range(3, 24, 25), List.of()));
        OutlineNode add = outline.get(1);
        assertThat(add.detail()).isEqualTo("i64 add(i64 a, i64 b)");
        assertThat(add.range()).isEqualTo(new Range(at(6, 0), at(8, 1)));
        assertThat(add.selectionRange()).isEqualTo(range(6, 4, 7));
    }

    @Test
    void testWorkspaceSymbols_itemsOfEveryFileByName() {
        List<SymbolInfo> found = workspace.analysis().workspaceSymbols("a");

        assertThat(found).extracting(SymbolInfo::name).containsExactly("add", "Area", "main", "Shape", "Square");
        assertThat(found)
                .extracting(s -> s.declaration().uri())
                .containsExactly(mainUri, geoUri, mainUri, geoUri, geoUri);
    }

    @Test
    void testCompletions_fieldsAfterDotOfAValue() {
        List<Completion> c = workspace.analysis().completions(mainUri, at(16, 33));

        assertThat(c)
                .containsExactly(
                        new Completion("x", SymbolKind.FIELD, "i64 x", null),
                        new Completion("y", SymbolKind.FIELD, "i64 y", null));
    }

    @Test
    void testCompletions_stdModuleFunctionsAfterIo() {
        workspace.update(mainUri, MAIN.replace("return n;", "IO.\n    return n;"));

        List<Completion> c = workspace.analysis().completions(mainUri, at(17, 7));

        assertThat(c).extracting(Completion::label).contains("Print", "Println", "Eprintln", "ReadLine");
        assertThat(c)
                .filteredOn(x -> x.label().equals("Println"))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.kind()).isEqualTo(SymbolKind.FUNCTION);
                    assertThat(x.detail()).isEqualTo("unit Println(string s)");
                });
    }

    @Test
    void testCompletions_fieldChainInAnUnfinishedStatement() {
        String source = """
                type Inner { i64 depth }
                type Outer { Inner inner, string label }

                i32 main() {
                    Outer o = Outer { inner: Inner { depth: 1 }, label: "x" };
                    o.inner.
                    return 0;
                }
                """;
        workspace.update(mainUri, source);

        assertThat(workspace.analysis().completions(mainUri, at(5, 12)))
                .containsExactly(new Completion("depth", SymbolKind.FIELD, "i64 depth", null));
        assertThat(workspace.analysis().completions(mainUri, at(5, 6)))
                .extracting(Completion::label)
                .containsExactly("inner", "label");
    }

    @Test
    void testCompletions_onlyPubFunctionsOfAnotherModule() {
        workspace.update(geoUri, GEO + "\ni64 helper() {\n    return 1;\n}\n");
        workspace.update(mainUri, MAIN.replace("return n;", "geo.\n    return n;"));

        assertThat(workspace.analysis().completions(mainUri, at(17, 8)))
                .extracting(Completion::label)
                .containsExactly("Area", "Shape");
    }

    @Test
    void testUpdate_sameTextKeepsTheAnalysis() {
        Analysis first = workspace.analysis();
        workspace.update(mainUri, MAIN);

        assertThat(workspace.analysis()).isSameAs(first);
    }

    @Test
    void testCompletions_variantsAfterEnumPath() {
        workspace.update(geoUri, GEO);
        List<Completion> c = workspace.analysis().completions(geoUri, at(6, 15));

        assertThat(c)
                .containsExactly(
                        new Completion("Circle", SymbolKind.VARIANT, "Shape::Circle(i64 r)", null),
                        new Completion("Square", SymbolKind.VARIANT, "Shape::Square(i64 side)", null));
    }

    @Test
    void testCompletions_localsThenItemsInScope() {
        List<Completion> c = workspace.analysis().completions(mainUri, at(14, 4));

        assertThat(c).extracting(Completion::label).startsWith("n", "a", "s", "add", "main", "Point", "geo", "IO");
        assertThat(c).extracting(Completion::label).doesNotContain("p", "b"); // p comes later; b is add's
    }

    @Test
    void testSignatureAt_activeParameterAndDoc() {
        Analysis a = workspace.analysis();

        assertThat(a.signatureAt(mainUri, at(16, 31)))
                .contains(
                        new SignatureHelp("i64 add(i64 a, i64 b)", List.of("i64 a", "i64 b"), 1, "Adds two numbers."));
        assertThat(a.signatureAt(mainUri, at(16, 27)))
                .map(SignatureHelp::activeParameter)
                .contains(0);
        assertThat(a.signatureAt(mainUri, at(13, 8))).isEmpty();
    }

    @Test
    void testSignatureAt_enumConstructor() {
        assertThat(workspace.analysis().signatureAt(mainUri, at(11, 36)))
                .contains(new SignatureHelp("Shape::Circle(i64 r)", List.of("i64 r"), 0, null));
    }

    @Test
    void testCompletions_noneInCommentsAndStrings() {
        workspace.update(mainUri, MAIN.replace("return n;", "return n; // the end"));
        Analysis a = workspace.analysis();

        assertThat(a.completions(mainUri, at(17, 18))).isEmpty(); // in the comment
        assertThat(a.completions(mainUri, at(17, 24))).isEmpty(); // at the end of its line
        assertThat(a.completions(mainUri, at(16, 18))).isEmpty(); // in "area ..."
        assertThat(a.completions(mainUri, at(16, 25))).isNotEmpty(); // in ${add(..)}
    }

    @Test
    void testQueriesFromSeveralThreadsAtOnceGiveTheSameAnswers() throws Exception {
        Analysis a = workspace.analysis();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() ->
                        a.symbolAt(mainUri, at(12, 18)).orElseThrow().symbol().id()
                                + a.references(
                                                a.symbolAt(mainUri, at(13, 8))
                                                        .orElseThrow()
                                                        .symbol(),
                                                true)
                                        .size()
                                + a.semanticTokens(mainUri).size()
                                + a.outline(mainUri).size()));
            }
            String first = answers.get(0).get();
            for (java.util.concurrent.Future<String> f : answers) {
                assertThat(f.get()).isEqualTo(first);
            }
            assertThat(first).startsWith(geoUri + "#4:8" + "4");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void testSemanticTokens_classifiedBySymbol() {
        workspace.update(geoUri, GEO);
        List<SemanticToken> tokens = workspace.analysis().semanticTokens(geoUri);

        assertThat(tokens)
                .filteredOn(t -> t.line() == 1)
                .containsExactly(
                        new SemanticToken(1, 0, 3, TokenType.KEYWORD, false),
                        new SemanticToken(1, 4, 4, TokenType.KEYWORD, false),
                        new SemanticToken(1, 9, 5, TokenType.ENUM, true),
                        new SemanticToken(1, 17, 6, TokenType.ENUM_MEMBER, true),
                        new SemanticToken(1, 24, 3, TokenType.TYPE, false),
                        new SemanticToken(1, 28, 1, TokenType.PROPERTY, true),
                        new SemanticToken(1, 32, 6, TokenType.ENUM_MEMBER, true),
                        new SemanticToken(1, 39, 3, TokenType.TYPE, false),
                        new SemanticToken(1, 43, 4, TokenType.PROPERTY, true));
        assertThat(tokens.get(0)).isEqualTo(new SemanticToken(0, 0, 18, TokenType.COMMENT, false));
        assertThat(tokens)
                .filteredOn(t -> t.line() == 6)
                .extracting(SemanticToken::type)
                .containsExactly(
                        TokenType.ENUM,
                        TokenType.ENUM_MEMBER,
                        TokenType.VARIABLE,
                        TokenType.OPERATOR,
                        TokenType.VARIABLE,
                        TokenType.OPERATOR,
                        TokenType.VARIABLE,
                        TokenType.OPERATOR,
                        TokenType.NUMBER);
    }

    @Test
    void testQuickFixes_addMut() {
        Analysis a = workspace.analysis();
        AnalysisDiagnostic d = a.diagnostics(mainUri).get(0);

        assertThat(a.quickFixes(mainUri, range(14, 0, 20)))
                .containsExactly(
                        new QuickFix("Add `mut` to `n`", d, mainUri, List.of(new TextEdit(range(13, 8, 8), "mut "))));
        assertThat(a.quickFixes(mainUri, range(2, 0, 5))).isEmpty();
    }

    @Test
    void testQuickFixes_addMissingMatchArmsThenTheMatchIsExhaustive() {
        workspace.update(geoUri, GEO);
        Analysis a = workspace.analysis();
        AnalysisDiagnostic d = a.diagnostics(geoUri).get(0);

        List<QuickFix> fixes = a.quickFixes(geoUri, range(5, 0, 20));

        assertThat(fixes)
                .containsExactly(new QuickFix(
                        "Add missing match arms",
                        d,
                        geoUri,
                        List.of(
                                new TextEdit(range(6, 37, 37), ","),
                                new TextEdit(range(7, 0, 0), "        Shape::Square(_) => {},\n"))));
        String fixed = GEO.replace("r * r * 3\n", "r * r * 3,\n        Shape::Square(_) => {},\n");
        workspace.update(geoUri, fixed);
        assertThat(workspace.analysis().diagnostics(geoUri))
                .extracting(AnalysisDiagnostic::code)
                .doesNotContain("E0306");
    }
}
