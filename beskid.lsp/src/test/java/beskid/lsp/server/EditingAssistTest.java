package beskid.lsp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completion, signature help, semantic tokens and quick fixes, as a client receives them. */
class EditingAssistTest {
    static final String PROGRAM = String.join(
            "\n",
            "use Std.System.IO;", // 0
            "",
            "type Point { i64 x, i64 y }", // 2
            "",
            "enum Shape { Circle(i64 r), Square(i64 side) }", // 4
            "",
            "/// Adds two numbers.", // 6
            "i64 add(i64 a, i64 b)", // 7
            "{",
            "    return a + b;", // 9
            "}",
            "",
            "i64 area(Shape s)", // 12
            "{",
            "    return match s {", // 14: non-exhaustive (E0306)
            "        Shape::Circle(r) => r * r * 3", // 15
            "    };",
            "}",
            "",
            "i32 main()", // 19
            "{",
            "    i32 n = 0;", // 21
            "    n = n + 1;", // 22: n is not mut (E0308)
            "    Point p = Point { x: 1, y: 2 };", // 23
            "    IO.Println(\"${add(p.x, 2)}\");", // 24
            "    return n;",
            "}",
            "");

    @TempDir
    Path dir;

    private LspSession lsp;
    private String uri;
    private TextDocumentService td;

    @BeforeEach
    void open() throws Exception {
        uri = dir.resolve("main.bd").toUri().toString();
        lsp = LspSession.start(new TestServices(), dir);
        lsp.open(uri, PROGRAM);
        assertThat(lsp.client.nextDiagnostics(uri).getDiagnostics())
                .extracting(d -> d.getCode().getLeft())
                .containsExactly("E0306", "E0308");
        td = lsp.server.getTextDocumentService();
    }

    @AfterEach
    void close() throws Exception {
        lsp.close();
    }

    private List<String> completions(int line, int character) throws Exception {
        return td
                .completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, character)))
                .get()
                .getLeft()
                .stream()
                .map(c -> c.getLabel() + " : " + c.getDetail())
                .toList();
    }

    @Test
    void completionAfterAModuleAValueAndAnEnum() throws Exception {
        assertThat(completions(24, 7)) // IO.
                .containsExactly(
                        "Print : unit Print(string s)",
                        "Println : unit Println(string s)",
                        "Eprintln : unit Eprintln(string s)",
                        "ReadLine : string ReadLine()");
        assertThat(completions(24, 24)).containsExactly("x : i64 x", "y : i64 y"); // p.
        assertThat(completions(15, 15)) // Shape::
                .containsExactly("Circle : Shape::Circle(i64 r)", "Square : Shape::Square(i64 side)");
        CompletionItem println = td.completion(
                        new CompletionParams(new TextDocumentIdentifier(uri), new Position(24, 7)))
                .get()
                .getLeft()
                .get(1);
        assertThat(println.getKind()).isEqualTo(CompletionItemKind.Function);
        assertThat(println.getDocumentation().getRight().getValue()).startsWith("Writes s and a newline");
    }

    @Test
    void signatureHelpFollowsTheArgumentTheCursorIsIn() throws Exception {
        SignatureHelp first = td.signatureHelp(
                        new SignatureHelpParams(new TextDocumentIdentifier(uri), new Position(24, 25)))
                .get();
        assertThat(first.getSignatures()).singleElement().satisfies(s -> {
            assertThat(s.getLabel()).isEqualTo("i64 add(i64 a, i64 b)");
            assertThat(s.getDocumentation().getRight().getValue()).isEqualTo("Adds two numbers.");
            assertThat(s.getParameters())
                    .extracting(p -> p.getLabel().getLeft())
                    .containsExactly("i64 a", "i64 b");
        });
        assertThat(first.getActiveParameter()).isZero();
        assertThat(td.signatureHelp(new SignatureHelpParams(new TextDocumentIdentifier(uri), new Position(24, 27)))
                        .get()
                        .getActiveParameter())
                .isEqualTo(1);
        // outside any call
        assertThat(td.signatureHelp(new SignatureHelpParams(new TextDocumentIdentifier(uri), new Position(21, 5)))
                        .get())
                .isNull();
    }

    /** A token decoded back from LSP's relative integers with the announced legend. */
    record Token(int line, int character, int length, String type, boolean declaration) {}

    @Test
    void semanticTokensDecodeWithTheAnnouncedLegend() throws Exception {
        List<String> legend = lsp.initialized
                .getCapabilities()
                .getSemanticTokensProvider()
                .getLegend()
                .getTokenTypes();
        List<Integer> data = td.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri)))
                .get()
                .getData();
        assertThat(data.size() % 5).isZero();
        List<Token> tokens = new ArrayList<>();
        int line = 0;
        int character = 0;
        for (int i = 0; i < data.size(); i += 5) {
            line += data.get(i);
            character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
            tokens.add(new Token(line, character, data.get(i + 2), legend.get(data.get(i + 3)), data.get(i + 4) == 1));
        }
        assertThat(tokens)
                .contains(
                        new Token(0, 0, 3, "keyword", false), // use
                        new Token(7, 0, 3, "type", false), // i64
                        new Token(7, 4, 3, "function", true), // add, declared
                        new Token(7, 12, 1, "parameter", true), // a
                        new Token(9, 4, 6, "keyword", false), // return
                        new Token(24, 18, 3, "function", false)); // add, called
    }

    @Test
    void quickFixesAddMutAndTheMissingMatchArms() throws Exception {
        List<CodeAction> mut = actions(new Range(new Position(22, 0), new Position(22, 5)));
        assertThat(mut).singleElement().satisfies(a -> {
            assertThat(a.getTitle()).isEqualTo("Add `mut` to `n`");
            assertThat(a.getKind()).isEqualTo("quickfix");
            assertThat(a.getDiagnostics())
                    .singleElement()
                    .satisfies(d -> assertThat(d.getCode().getLeft()).isEqualTo("E0308"));
            assertThat(a.getEdit().getChanges())
                    .isEqualTo(Map.of(
                            uri, List.of(new TextEdit(new Range(new Position(21, 8), new Position(21, 8)), "mut "))));
        });
        List<CodeAction> arms = actions(new Range(new Position(14, 0), new Position(16, 5)));
        assertThat(arms).singleElement().satisfies(a -> {
            assertThat(a.getTitle()).isEqualTo("Add missing match arms");
            assertThat(a.getEdit().getChanges())
                    .isEqualTo(Map.of(
                            uri,
                            List.of(
                                    new TextEdit(new Range(new Position(15, 37), new Position(15, 37)), ","),
                                    new TextEdit(
                                            new Range(new Position(16, 0), new Position(16, 0)),
                                            "        Shape::Square(_) => {},\n"))));
        });
        assertThat(actions(new Range(new Position(2, 0), new Position(2, 5)))).isEmpty();
    }

    private List<CodeAction> actions(Range range) throws Exception {
        return td
                .codeAction(
                        new CodeActionParams(new TextDocumentIdentifier(uri), range, new CodeActionContext(List.of())))
                .get()
                .stream()
                .map(e -> e.getRight())
                .toList();
    }

    @Test
    void theQuickFixesEditsClearTheDiagnostics() throws Exception {
        lsp.change(uri, 21, 8, 21, 8, "mut ");
        assertThat(lsp.client.awaitDiagnostics(uri, d -> d.size() == 1).getDiagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.getCode().getLeft()).isEqualTo("E0306"));
        lsp.change(uri, 16, 0, 16, 0, "        Shape::Square(_) => 0,\n");
        lsp.change(uri, 15, 37, 15, 37, ",");
        assertThat(lsp.client.awaitDiagnostics(uri, List::isEmpty).getDiagnostics())
                .isEmpty();
    }
}
