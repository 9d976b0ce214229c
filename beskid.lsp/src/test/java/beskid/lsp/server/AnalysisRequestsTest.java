package beskid.lsp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each analysis-backed request over a two-file program, with exact ranges and contents. */
class AnalysisRequestsTest {
    @TempDir
    Path dir;

    private Project project;

    @BeforeEach
    void write() throws Exception {
        project = new Project(dir);
    }

    private static Range range(int line, int from, int toLine, int to) {
        return new Range(new Position(line, from), new Position(toLine, to));
    }

    private static List<Location> locations(List<? extends Location> list) {
        return List.copyOf(list);
    }

    private static TextDocumentIdentifier doc(String uri) {
        return new TextDocumentIdentifier(uri);
    }

    private LspSession open() throws Exception {
        LspSession lsp = LspSession.start(new TestServices(), dir);
        lsp.open(project.main, Project.MAIN);
        assertThat(lsp.client.nextDiagnostics(project.main).getDiagnostics()).isEmpty();
        return lsp;
    }

    @Test
    void diagnosticsArePublishedOnOpenAndAfterEachIncrementalChange() throws Exception {
        try (LspSession lsp = open()) {
            lsp.change(project.main, 12, 11, 12, 12, "true"); // return true;
            List<Diagnostic> errors =
                    lsp.client.awaitDiagnostics(project.main, d -> !d.isEmpty()).getDiagnostics();
            assertThat(errors).hasSize(1);
            Diagnostic error = errors.get(0);
            assertThat(error.getRange()).isEqualTo(range(12, 11, 12, 15));
            assertThat(error.getCode().getLeft()).isEqualTo("E0301");
            assertThat(error.getMessage().getLeft()).isEqualTo("type mismatch: expected i32, found bool");
            assertThat(error.getSource()).isEqualTo("beskid");

            lsp.change(project.main, 12, 11, 12, 15, "0");
            assertThat(lsp.client.nextDiagnostics(project.main).getDiagnostics())
                    .isEmpty();
        }
    }

    @Test
    void closingADocumentClearsItsDiagnostics() throws Exception {
        try (LspSession lsp = open()) {
            lsp.change(project.main, 12, 11, 12, 12, "true");
            lsp.client.awaitDiagnostics(project.main, d -> !d.isEmpty());
            lsp.close(project.main);
            assertThat(lsp.client.nextDiagnostics(project.main).getDiagnostics())
                    .isEmpty();
        }
    }

    @Test
    void hoverShowsTheSignatureTheTypeAndTheDocComment() throws Exception {
        try (LspSession lsp = open()) {
            TextDocumentService td = lsp.server.getTextDocumentService();
            Hover area = td.hover(new HoverParams(doc(project.main), new Position(10, 13)))
                    .get();
            assertThat(area.getContents().getRight().getValue())
                    .isEqualTo("```beskid\ni32 area(Rect r)\n```\n\n---\n\nIts area.\n");
            assertThat(area.getRange()).isEqualTo(range(10, 12, 10, 16));

            Hover local = td.hover(new HoverParams(doc(project.main), new Position(10, 8)))
                    .get();
            assertThat(local.getContents().getRight().getValue()).isEqualTo("```beskid\ni32 a\n```\n");

            // an expression that names nothing: its type, over the whole expression
            Hover literal = td.hover(new HoverParams(doc(project.main), new Position(9, 18)))
                    .get();
            assertThat(literal.getContents().getRight().getValue()).isEqualTo("```beskid\nRect\n```\n");
            assertThat(literal.getRange()).isEqualTo(range(9, 12, 9, 31));

            Hover std = td.hover(new HoverParams(doc(project.main), new Position(11, 8)))
                    .get();
            assertThat(std.getContents().getRight().getValue())
                    .startsWith("```beskid\nunit Println(string s)\n```\n\n---\n\nWrites s and a newline");
        }
    }

    @Test
    void definitionGoesToTheDeclarationInAnotherFile() throws Exception {
        try (LspSession lsp = open()) {
            TextDocumentService td = lsp.server.getTextDocumentService();
            List<Location> area = locations(td.definition(new DefinitionParams(doc(project.main), new Position(10, 13)))
                    .get()
                    .getLeft());
            assertThat(area).containsExactly(new Location(project.geo, range(4, 8, 4, 12)));
            List<Location> local =
                    locations(td.definition(new DefinitionParams(doc(project.main), new Position(10, 17)))
                            .get()
                            .getLeft());
            assertThat(local).containsExactly(new Location(project.main, range(9, 8, 9, 9)));
        }
    }

    @Test
    void referencesSpanTheWorkspacesFiles() throws Exception {
        try (LspSession lsp = open()) {
            TextDocumentService td = lsp.server.getTextDocumentService();
            List<Location> all = locations(td.references(
                            new ReferenceParams(doc(project.main), new Position(10, 13), new ReferenceContext(true)))
                    .get());
            assertThat(all)
                    .containsExactly(
                            new Location(project.geo, range(4, 8, 4, 12)),
                            new Location(project.main, range(2, 8, 2, 12)),
                            new Location(project.main, range(10, 12, 10, 16)));
            List<Location> uses = locations(td.references(
                            new ReferenceParams(doc(project.main), new Position(10, 13), new ReferenceContext(false)))
                    .get());
            assertThat(uses)
                    .containsExactly(
                            new Location(project.main, range(2, 8, 2, 12)),
                            new Location(project.main, range(10, 12, 10, 16)));
        }
    }

    @Test
    void prepareRenameAcceptsTheProgramsOwnNamesOnly() throws Exception {
        try (LspSession lsp = open()) {
            TextDocumentService td = lsp.server.getTextDocumentService();
            PrepareRenameResult area = td.prepareRename(
                            new PrepareRenameParams(doc(project.main), new Position(10, 13)))
                    .get()
                    .getSecond();
            assertThat(area.getRange()).isEqualTo(range(10, 12, 10, 16));
            assertThat(area.getPlaceholder()).isEqualTo("area");
            // Std's Println lives in no file of the client's
            assertThat(td.prepareRename(new PrepareRenameParams(doc(project.main), new Position(11, 8)))
                            .get())
                    .isNull();
            // whitespace names nothing
            assertThat(td.prepareRename(new PrepareRenameParams(doc(project.main), new Position(3, 0)))
                            .get())
                    .isNull();
        }
    }

    @Test
    void renameEditsEveryOccurrenceAcrossFiles() throws Exception {
        try (LspSession lsp = open()) {
            WorkspaceEdit edit = lsp.server
                    .getTextDocumentService()
                    .rename(new RenameParams(doc(project.main), new Position(10, 13), "size"))
                    .get();
            Map<String, List<TextEdit>> changes = edit.getChanges();
            assertThat(changes).containsOnlyKeys(project.main, project.geo);
            assertThat(changes.get(project.geo)).containsExactly(new TextEdit(range(4, 8, 4, 12), "size"));
            assertThat(changes.get(project.main))
                    .containsExactly(
                            new TextEdit(range(2, 8, 2, 12), "size"), new TextEdit(range(10, 12, 10, 16), "size"));
        }
    }

    @Test
    void renameToSomethingNotAnIdentifierOrAKeywordIsRefused() throws Exception {
        try (LspSession lsp = open()) {
            assertThatThrownBy(() -> lsp.server
                            .getTextDocumentService()
                            .rename(new RenameParams(doc(project.main), new Position(10, 13), "2d"))
                            .get())
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOfSatisfying(ResponseErrorException.class, e -> {
                        assertThat(e.getResponseError().getCode())
                                .isEqualTo(ResponseErrorCode.InvalidParams.getValue());
                        assertThat(e.getMessage()).isEqualTo("`2d` is not a Beskid identifier");
                    });
            assertThatThrownBy(() -> lsp.server
                            .getTextDocumentService()
                            .rename(new RenameParams(doc(project.main), new Position(10, 13), "match"))
                            .get())
                    .cause()
                    .hasMessage("`match` is a keyword");
        }
    }

    @Test
    void documentSymbolsNestMembers() throws Exception {
        try (LspSession lsp = open()) {
            lsp.open(project.geo, Project.GEO);
            List<DocumentSymbol> symbols = lsp
                    .server
                    .getTextDocumentService()
                    .documentSymbol(new DocumentSymbolParams(doc(project.geo)))
                    .get()
                    .stream()
                    .map(e -> e.getRight())
                    .toList();
            assertThat(symbols).extracting(DocumentSymbol::getName).containsExactly("Rect", "area");
            DocumentSymbol rect = symbols.get(0);
            assertThat(rect.getKind()).isEqualTo(SymbolKind.Struct);
            assertThat(rect.getRange()).isEqualTo(range(1, 0, 1, 30));
            assertThat(rect.getSelectionRange()).isEqualTo(range(1, 9, 1, 13));
            assertThat(rect.getChildren()).extracting(DocumentSymbol::getName).containsExactly("w", "h");
            assertThat(rect.getChildren().get(1).getKind()).isEqualTo(SymbolKind.Field);
            assertThat(rect.getChildren().get(1).getSelectionRange()).isEqualTo(range(1, 27, 1, 28));
            DocumentSymbol area = symbols.get(1);
            assertThat(area.getKind()).isEqualTo(SymbolKind.Function);
            assertThat(area.getDetail()).isEqualTo("i32 area(Rect r)");
            assertThat(area.getRange()).isEqualTo(range(4, 0, 7, 1));
        }
    }

    @Test
    void workspaceSymbolsFindItemsInFilesNotOpen() throws Exception {
        try (LspSession lsp = open()) {
            List<? extends WorkspaceSymbol> found = lsp.server
                    .getWorkspaceService()
                    .symbol(new WorkspaceSymbolParams("RE"))
                    .get()
                    .getRight();
            // the model's order is its own; the server adds and drops nothing
            assertThat(found).extracting(WorkspaceSymbol::getName).containsExactlyInAnyOrder("Rect", "area");
            WorkspaceSymbol rect = found.stream()
                    .filter(s -> s.getName().equals("Rect"))
                    .findFirst()
                    .orElseThrow();
            assertThat(rect.getKind()).isEqualTo(SymbolKind.Struct);
            assertThat(rect.getContainerName()).isEqualTo("geo");
            assertThat(rect.getLocation().getLeft()).isEqualTo(new Location(project.geo, range(1, 9, 1, 13)));
        }
    }

    @Test
    void inlayHintsShowInferredTypesOfLetBindings() throws Exception {
        try (LspSession lsp = open()) {
            List<InlayHint> hints = lsp.server
                    .getTextDocumentService()
                    .inlayHint(new InlayHintParams(doc(project.main), range(0, 0, 14, 0)))
                    .get();
            assertThat(hints).extracting(h -> h.getPosition()).containsExactly(new Position(9, 9), new Position(10, 9));
            assertThat(hints).extracting(h -> h.getLabel().getLeft()).containsExactly(": Rect", ": i32");
            // a range that covers only line 10
            assertThat(lsp.server
                            .getTextDocumentService()
                            .inlayHint(new InlayHintParams(doc(project.main), range(10, 0, 11, 0)))
                            .get())
                    .extracting(h -> h.getLabel().getLeft())
                    .containsExactly(": i32");
        }
    }
}
