package beskid.lsp.server;

import beskid.lowering.analysis.api.Analysis;
import beskid.lowering.analysis.api.SemanticToken;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SignatureHelpOptions;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * One client's language server. Every notification and request runs on the session's one
 * thread, in the order they arrived, so a request sees every edit sent before it; only
 * {@code beskid.run} runs programs on threads of their own.
 */
public final class BeskidLanguageServer implements LanguageServer, LanguageClientAware {
    /** The command that runs a document's program through the JIT backend. */
    public static final String RUN_COMMAND = "beskid.run";
    /** The semantic token modifier for a name where it is declared (bit 0). */
    public static final String DECLARATION_MODIFIER = "declaration";

    /** How long ending a session waits for the answers still being worked on. */
    private static final long DRAIN_SECONDS = 30;

    private final ExecutorService thread;
    private final TextDocuments documents = new TextDocuments();
    private final AnalysisSession session;
    private final DocumentRequests documentRequests;
    private final WorkspaceRequests workspaceRequests;
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();
    private volatile boolean shutdown;
    private volatile LanguageClient client;
    /** Documents last given diagnostics, so a closed one gets its list cleared. */
    private final Set<String> published = new HashSet<>();
    /** Edits received and not yet applied. */
    private final AtomicInteger pendingEdits = new AtomicInteger();
    /** Whether the client was told lowering is away (session thread only). */
    private boolean toldUnavailable;

    /** A server over the container's services as they come and go. */
    public BeskidLanguageServer(Services services) {
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "beskid-lsp");
            t.setDaemon(true);
            return t;
        });
        this.session = new AnalysisSession(services::analysis, documents);
        this.documentRequests = new DocumentRequests(this, documents, services);
        this.workspaceRequests = new WorkspaceRequests(this, documents, services);
    }

    /** The token types of the semantic tokens legend, in {@link SemanticToken.TokenType} order. */
    public static List<String> tokenTypes() {
        return Arrays.stream(SemanticToken.TokenType.values())
                .map(BeskidLanguageServer::lowerCamel)
                .toList();
    }

    private static String lowerCamel(Enum<?> value) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : value.name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    @Override
    public void connect(LanguageClient languageClient) {
        client = languageClient;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        return request(() -> {
            session.root(root(params));
            ServerCapabilities caps = new ServerCapabilities();
            caps.setTextDocumentSync(TextDocumentSyncKind.Incremental);
            caps.setHoverProvider(true);
            caps.setDefinitionProvider(true);
            caps.setReferencesProvider(true);
            caps.setRenameProvider(new RenameOptions(true));
            caps.setCompletionProvider(new CompletionOptions(false, List.of(".", ":")));
            caps.setSignatureHelpProvider(new SignatureHelpOptions(List.of("(", ",")));
            caps.setDocumentSymbolProvider(true);
            caps.setWorkspaceSymbolProvider(true);
            caps.setSemanticTokensProvider(new SemanticTokensWithRegistrationOptions(
                    new SemanticTokensLegend(tokenTypes(), List.of(DECLARATION_MODIFIER)), true, false));
            caps.setInlayHintProvider(true);
            caps.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
            caps.setDocumentFormattingProvider(true);
            caps.setDocumentRangeFormattingProvider(true);
            caps.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(RUN_COMMAND)));
            return new InitializeResult(caps, new ServerInfo("beskid", null));
        });
    }

    private static Path root(InitializeParams params) {
        List<WorkspaceFolder> folders = params.getWorkspaceFolders();
        String uri = folders != null && !folders.isEmpty() ? folders.get(0).getUri() : params.getRootUri();
        return uri == null ? null : Uris.path(uri);
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        return request(() -> {
            session.drop();
            return null;
        });
    }

    @Override
    public void exit() {
        exited.complete(shutdown ? 0 : 1);
    }

    /** Completes with the exit code when the client sends {@code exit}. */
    public CompletableFuture<Integer> exited() {
        return exited;
    }

    /**
     * Ends the session: requests already received are still answered (a client may send
     * {@code exit} right behind {@code shutdown} without waiting), then the workspace is
     * released and the thread stops. A request stuck in analysis holds this up at most {@link
     * #DRAIN_SECONDS}.
     */
    public void dispose() throws InterruptedException {
        workspaceRequests.dispose();
        try {
            thread.execute(session::drop);
        } catch (RejectedExecutionException e) {
            // disposed already
        }
        thread.shutdown();
        thread.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documentRequests;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspaceRequests;
    }

    /**
     * The services changed (a bundle came or went): when analysis is there, the open documents'
     * diagnostics are published afresh from it; when it went, the client is told once.
     */
    public void servicesChanged() {
        notification(() -> {
            if (session.available()) {
                publishDiagnostics();
            } else {
                session.drop();
                if (!documents.all().isEmpty()) {
                    log(Unavailable.LOWERING);
                }
            }
        });
    }

    /** Runs a request on the session thread. */
    <T> CompletableFuture<T> request(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, thread);
    }

    /** Runs a request needing the analysis on the session thread. */
    <T> CompletableFuture<T> withAnalysis(Function<Analysis, T> work) {
        return request(() -> work.apply(session.analysis()));
    }

    /**
     * Applies an edit (open, change, close) on the session thread, then publishes diagnostics,
     * unless more edits are already waiting: a burst of keystrokes is analysed once, after
     * its last edit.
     */
    void edit(Runnable apply) {
        pendingEdits.incrementAndGet();
        notification(() -> {
            try {
                apply.run();
            } finally {
                pendingEdits.decrementAndGet();
            }
            if (pendingEdits.get() == 0) {
                publishDiagnostics();
            }
        });
    }

    /** Runs a notification on the session thread; a failure is logged to the client, never thrown. */
    void notification(Runnable work) {
        thread.execute(() -> {
            try {
                work.run();
            } catch (ResponseErrorException e) {
                log(e.getResponseError().getMessage());
            } catch (RuntimeException e) {
                log("Beskid language server: " + e);
            }
        });
    }

    /**
     * A warning in the client's log. That lowering is away is said once until it is back,
     * not after every edit made meanwhile.
     */
    private void log(String message) {
        boolean unavailable = message.equals(Unavailable.LOWERING);
        if (unavailable && toldUnavailable) {
            return;
        }
        toldUnavailable = unavailable;
        LanguageClient c = client;
        if (c != null) {
            c.logMessage(new MessageParams(MessageType.Warning, message));
        }
    }

    /** Publishes the diagnostics of every open document (an edit in one may change another's). */
    void publishDiagnostics() {
        LanguageClient c = client;
        if (c == null) {
            return;
        }
        Set<String> cleared = new HashSet<>(published);
        cleared.removeAll(documents.all().keySet());
        for (String uri : cleared) {
            c.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
            published.remove(uri);
        }
        if (documents.all().isEmpty()) {
            return;
        }
        Analysis analysis = session.analysis();
        toldUnavailable = false;
        for (String uri : documents.all().keySet()) {
            c.publishDiagnostics(new PublishDiagnosticsParams(
                    uri,
                    analysis.diagnostics(uri).stream().map(Convert::diagnostic).toList()));
            published.add(uri);
        }
    }

    /** The URI as a file, for a {@code file:} URI. */
    static final class Uris {
        private Uris() {}

        static Path path(String uri) {
            try {
                URI parsed = URI.create(uri);
                return "file".equals(parsed.getScheme()) ? Path.of(parsed) : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
