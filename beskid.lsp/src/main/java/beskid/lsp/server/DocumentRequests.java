package beskid.lsp.server;

import beskid.lowering.analysis.api.Analysis;
import beskid.lowering.analysis.api.Completion;
import beskid.lowering.analysis.api.OutlineNode;
import beskid.lowering.analysis.api.QuickFix;
import beskid.lowering.analysis.api.SemanticToken;
import beskid.lowering.analysis.api.SymbolKind;
import beskid.lowering.analysis.api.SymbolOccurrence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintKind;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.ParameterInformation;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.SignatureInformation;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.services.TextDocumentService;

/** The {@code textDocument/*} requests and notifications, each answered from the analysis model. */
final class DocumentRequests implements TextDocumentService {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** The words a new name may not be (docs/LANGUAGE.md, identifiers and keywords). */
    private static final Set<String> KEYWORDS = Set.of(
            "type",
            "enum",
            "contract",
            "attribute",
            "impl",
            "match",
            "event",
            "when",
            "if",
            "else",
            "while",
            "for",
            "in",
            "return",
            "break",
            "continue",
            "let",
            "mut",
            "mod",
            "use",
            "pub",
            "ref",
            "out",
            "test",
            "meta",
            "skip",
            "true",
            "false");

    private final BeskidLanguageServer server;
    private final TextDocuments documents;
    private final DocumentFormatting formatting;

    DocumentRequests(BeskidLanguageServer server, TextDocuments documents, Services services) {
        this.server = server;
        this.documents = documents;
        this.formatting = new DocumentFormatting(documents, services);
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        server.edit(() -> documents.open(
                params.getTextDocument().getUri(), params.getTextDocument().getText()));
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        server.edit(() -> documents.change(params.getTextDocument().getUri(), params.getContentChanges()));
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        server.edit(() -> documents.close(params.getTextDocument().getUri()));
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // the open text already is what was saved
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        String uri = params.getTextDocument().getUri();
        beskid.lowering.analysis.api.Position at = Convert.position(params.getPosition());
        return server.withAnalysis(a -> Hovers.hover(a, uri, at));
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        String uri = params.getTextDocument().getUri();
        beskid.lowering.analysis.api.Position at = Convert.position(params.getPosition());
        return server.withAnalysis(a -> {
            List<Location> found = a.symbolAt(uri, at)
                    .filter(o -> o.symbol().declaration() != null)
                    .map(o -> List.of(Convert.location(o.symbol().declaration())))
                    .orElse(List.of());
            return Either.forLeft(found);
        });
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        String uri = params.getTextDocument().getUri();
        beskid.lowering.analysis.api.Position at = Convert.position(params.getPosition());
        boolean declaration = params.getContext() != null && params.getContext().isIncludeDeclaration();
        return server.withAnalysis(a -> a.symbolAt(uri, at)
                .map(o -> a.references(o.symbol(), declaration).stream()
                        .map(r -> Convert.location(r.location()))
                        .toList())
                .orElse(List.of()));
    }

    @Override
    public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(
            PrepareRenameParams params) {
        String uri = params.getTextDocument().getUri();
        beskid.lowering.analysis.api.Position at = Convert.position(params.getPosition());
        return server.withAnalysis(a -> renamable(a, uri, at)
                .map(o -> Either3.<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>forSecond(
                        new PrepareRenameResult(
                                Convert.range(o.location().range()), o.symbol().name())))
                .orElse(null));
    }

    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        String uri = params.getTextDocument().getUri();
        beskid.lowering.analysis.api.Position at = Convert.position(params.getPosition());
        String name = params.getNewName();
        return server.withAnalysis(a -> {
            if (name == null || !IDENTIFIER.matcher(name).matches()) {
                throw Unavailable.invalidParams("`" + name + "` is not a Beskid identifier");
            }
            if (KEYWORDS.contains(name)) {
                throw Unavailable.invalidParams("`" + name + "` is a keyword");
            }
            SymbolOccurrence target =
                    renamable(a, uri, at).orElseThrow(() -> Unavailable.invalidParams("nothing to rename here"));
            Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
            for (SymbolOccurrence o : a.references(target.symbol(), true)) {
                changes.computeIfAbsent(o.location().uri(), k -> new ArrayList<>())
                        .add(new TextEdit(Convert.range(o.location().range()), name));
            }
            return new WorkspaceEdit(changes);
        });
    }

    /**
     * A symbol a rename may change: one declared in a file of the client's (not Std's, which
     * has no file the client could edit), and never a keyword.
     */
    private static Optional<SymbolOccurrence> renamable(
            Analysis analysis, String uri, beskid.lowering.analysis.api.Position at) {
        return analysis.symbolAt(uri, at)
                .filter(o -> o.symbol().kind() != SymbolKind.KEYWORD)
                .filter(o -> o.symbol().declaration() != null
                        && o.symbol().declaration().uri().startsWith("file:"));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        String uri = params.getTextDocument().getUri();
        beskid.lowering.analysis.api.Position at = Convert.position(params.getPosition());
        return server.withAnalysis(a -> {
            List<CompletionItem> items = new ArrayList<>();
            for (Completion c : a.completions(uri, at)) {
                CompletionItem item = new CompletionItem(c.label());
                item.setKind(Convert.completionKind(c.kind()));
                item.setDetail(c.detail());
                if (c.documentation() != null) {
                    item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, c.documentation()));
                }
                items.add(item);
            }
            return Either.forLeft(items);
        });
    }

    @Override
    public CompletableFuture<SignatureHelp> signatureHelp(SignatureHelpParams params) {
        String uri = params.getTextDocument().getUri();
        beskid.lowering.analysis.api.Position at = Convert.position(params.getPosition());
        return server.withAnalysis(a -> a.signatureAt(uri, at)
                .map(s -> {
                    SignatureInformation info = new SignatureInformation(s.label());
                    if (s.documentation() != null) {
                        info.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, s.documentation()));
                    }
                    info.setParameters(s.parameters().stream()
                            .map(ParameterInformation::new)
                            .toList());
                    return new SignatureHelp(List.of(info), 0, s.activeParameter());
                })
                .orElse(null));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
            DocumentSymbolParams params) {
        String uri = params.getTextDocument().getUri();
        return server.withAnalysis(a -> a.outline(uri).stream()
                .map(n -> Either.<SymbolInformation, DocumentSymbol>forRight(symbol(n)))
                .toList());
    }

    private static DocumentSymbol symbol(OutlineNode node) {
        DocumentSymbol symbol = new DocumentSymbol(
                node.name(),
                Convert.symbolKind(node.kind()),
                Convert.range(node.range()),
                Convert.range(node.selectionRange()),
                node.detail());
        symbol.setChildren(
                node.children().stream().map(DocumentRequests::symbol).toList());
        return symbol;
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
        String uri = params.getTextDocument().getUri();
        return server.withAnalysis(a -> new SemanticTokens(encode(a.semanticTokens(uri))));
    }

    /** LSP's relative encoding: five integers a token, each relative to the one before. */
    static List<Integer> encode(List<SemanticToken> tokens) {
        List<Integer> data = new ArrayList<>(tokens.size() * 5);
        int line = 0;
        int character = 0;
        for (SemanticToken t : tokens) {
            int deltaLine = t.line() - line;
            data.add(deltaLine);
            data.add(deltaLine == 0 ? t.character() - character : t.character());
            data.add(t.length());
            data.add(t.type().ordinal());
            data.add(t.declaration() ? 1 : 0);
            line = t.line();
            character = t.character();
        }
        return data;
    }

    @Override
    public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
        String uri = params.getTextDocument().getUri();
        beskid.lowering.analysis.api.Range range = Convert.range(params.getRange());
        return server.withAnalysis(a -> a.inferredTypes(uri, range).stream()
                .map(t -> {
                    InlayHint hint = new InlayHint(Convert.position(t.position()), Either.forLeft(t.label()));
                    hint.setKind(InlayHintKind.Type);
                    return hint;
                })
                .toList());
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        String uri = params.getTextDocument().getUri();
        beskid.lowering.analysis.api.Range range = Convert.range(params.getRange());
        return server.withAnalysis(a -> {
            List<Either<Command, CodeAction>> actions = new ArrayList<>();
            for (QuickFix fix : a.quickFixes(uri, range)) {
                CodeAction action = new CodeAction(fix.title());
                action.setKind(CodeActionKind.QuickFix);
                action.setDiagnostics(List.of(Convert.diagnostic(fix.diagnostic())));
                action.setEdit(new WorkspaceEdit(Map.of(
                        fix.uri(),
                        fix.edits().stream()
                                .map(e -> new TextEdit(Convert.range(e.range()), e.newText()))
                                .toList())));
                actions.add(Either.forRight(action));
            }
            return actions;
        });
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        String uri = params.getTextDocument().getUri();
        return server.request(() -> formatting.whole(uri));
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> rangeFormatting(DocumentRangeFormattingParams params) {
        String uri = params.getTextDocument().getUri();
        Range range = params.getRange();
        return server.request(() -> formatting.range(uri, range));
    }
}
