package beskid.lowering.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.analysis.api.Analysis;
import beskid.lowering.analysis.api.AnalysisDiagnostic;
import beskid.lowering.analysis.api.AnalysisWorkspace;
import beskid.lowering.analysis.api.OutlineNode;
import beskid.lowering.analysis.api.Position;
import beskid.lowering.analysis.api.Range;
import beskid.lowering.analysis.api.SemanticToken;
import beskid.lowering.analysis.api.SymbolInfo;
import beskid.lowering.analysis.api.SymbolKind;
import beskid.lowering.analysis.api.SymbolOccurrence;
import beskid.lowering.api.Diagnostic;
import beskid.lowering.api.SourceSet;
import beskid.lowering.service.AnalysisComponent;
import beskid.lowering.service.LoweringComponent;
import beskid.lowering.syntax.Token;
import beskid.lowering.syntax.TokenKind;
import beskid.testkit.Corpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analysis over every corpus program: the same diagnostics as the command line's check,
 * every name's symbol declared at a name of that spelling, and every query answering without
 * an exception at every identifier.
 */
@Tag("slow") // 120 programs, seconds per mutant that survives: the mutation profile leaves it out
class AnalysisCorpusTest {
    private static final LoweringComponent LOWERING = new LoweringComponent();
    private static final AnalysisComponent ANALYSIS = new AnalysisComponent();

    static List<Path> programs() {
        return Corpus.programsIn(Corpus.home());
    }

    @ParameterizedTest
    @MethodSource("programs")
    void analysisAgreesWithCheckAndEveryNameHasItsSymbol(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        String uri = file.toUri().toString();
        try (AnalysisWorkspace ws = ANALYSIS.open(file.getParent())) {
            ws.update(uri, text);
            Analysis a = ws.analysis();
            Snapshot snapshot = (Snapshot) a;
            DocumentText doc = snapshot.document(uri);
            assertThat(doc).isNotNull();

            if (Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) {
                List<String> expected = new ArrayList<>();
                for (Diagnostic d : LOWERING.check(SourceSet.read(file)).diagnostics()) {
                    if (d.path().equals(file.toString())) {
                        expected.add(d.line() + " " + d.code() + " " + d.message());
                    }
                }
                List<String> actual = new ArrayList<>();
                for (AnalysisDiagnostic d : a.diagnostics(uri)) {
                    actual.add(d.range().start().line() + 1 + " " + d.code() + " " + d.message());
                }
                assertThat(actual).containsExactlyElementsOf(expected);
            }

            for (Token t : doc.tokens()) {
                Position start = doc.position(t.offset());
                Position end = doc.position(t.endOffset());
                if (t.is(TokenKind.IDENT)) {
                    a.symbolAt(uri, start).ifPresent(o -> checkOccurrence(a, doc, t, o));
                    a.typeAt(uri, start);
                    a.signatureAt(uri, end);
                    a.completions(uri, end);
                }
            }
            List<SemanticToken> tokens = a.semanticTokens(uri);
            for (int i = 0; i < tokens.size(); i++) {
                SemanticToken s = tokens.get(i);
                assertThat(s.length()).isPositive();
                if (i > 0) {
                    SemanticToken p = tokens.get(i - 1);
                    assertThat(p.line() < s.line() || p.character() + p.length() <= s.character())
                            .as("%s before %s", p, s)
                            .isTrue();
                }
            }
            checkOutline(a.outline(uri));
            Range all = new Range(
                    new Position(0, 0), doc.position(doc.base() + doc.text().length()));
            a.quickFixes(uri, all).forEach(f -> assertThat(f.edits()).isNotEmpty());
            a.inferredTypes(uri, all);
        }
    }

    private static void checkOccurrence(Analysis a, DocumentText doc, Token t, SymbolOccurrence o) {
        SymbolInfo s = o.symbol();
        assertThat(o.location().range()).isEqualTo(doc.range(t));
        if (s.kind() == SymbolKind.MODULE) {
            return; // a module is declared by its file (or a `use ... as` alias names it)
        }
        if (!t.text().equals(s.name())) {
            return; // a `use ... as` alias and its uses name the item otherwise
        }
        Range r = s.declaration().range();
        assertThat(r.start().line()).isEqualTo(r.end().line());
        String declared = declaredText(a, s);
        if (declared != null) {
            assertThat(declared.substring(r.start().character(), r.end().character()))
                    .as("declaration of %s", s)
                    .isEqualTo(s.name());
        }
    }

    /** The line of a symbol's declaration, from an open document, the disk or the Std sources. */
    private static String declaredText(Analysis a, SymbolInfo s) {
        String uri = s.declaration().uri();
        int line = s.declaration().range().start().line();
        DocumentText doc = uri.startsWith(StdDocuments.SCHEME)
                ? StdDocuments.document(uri.substring((StdDocuments.SCHEME + ":///").length(), uri.length() - 3)
                        .replace('/', '.'))
                : ((Snapshot) a).document(uri);
        if (doc != null) {
            return doc.line(line);
        }
        Path p = Uris.path(uri);
        try {
            return p == null ? null : Files.readAllLines(p).get(line);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void checkOutline(List<OutlineNode> nodes) {
        for (OutlineNode n : nodes) {
            assertThat(n.range().start()).isLessThanOrEqualTo(n.selectionRange().start());
            assertThat(n.selectionRange().end()).isLessThanOrEqualTo(n.range().end());
            checkOutline(n.children());
        }
    }
}
