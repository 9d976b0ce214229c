package beskid.lsp.server;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An LSP4J client talking to a server session over two pipes, the way an editor talks to
 * {@code beskid lsp} over stdio.
 */
final class LspSession implements AutoCloseable {
    final RecordingClient client = new RecordingClient();
    final LanguageServer server;
    final InitializeResult initialized;
    private final CompletableFuture<Integer> served;
    private final Sessions sessions;
    private final Pipe toServer;
    private final Pipe toClient;
    private int version;

    private LspSession(Services services, Path root) throws IOException, InterruptedException, ExecutionException {
        toServer = Pipe.open();
        toClient = Pipe.open();
        Sessions sessions = new Sessions(services);
        served = CompletableFuture.supplyAsync(() -> {
            try {
                return sessions.serve(
                        Channels.newInputStream(toServer.source()), Channels.newOutputStream(toClient.sink()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        });
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(
                client, Channels.newInputStream(toClient.source()), Channels.newOutputStream(toServer.sink()));
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        if (root != null) {
            params.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "root")));
        }
        initialized = server.initialize(params).get();
        server.initialized(new InitializedParams());
        this.sessions = sessions;
    }

    static LspSession start(Services services, Path root) throws Exception {
        return new LspSession(services, root);
    }

    /** Tells the server its services changed, as the component does when a bundle comes or goes. */
    void servicesChanged() {
        sessions.servicesChanged();
    }

    void open(String uri, String text) {
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "beskid", ++version, text)));
    }

    /** One incremental change: replaces a range of the document. */
    void change(String uri, int line, int from, int toLine, int to, String text) {
        TextDocumentContentChangeEvent change =
                new TextDocumentContentChangeEvent(new Range(new Position(line, from), new Position(toLine, to)), text);
        server.getTextDocumentService()
                .didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(uri, ++version), List.of(change)));
    }

    void close(String uri) {
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    /** shutdown, then exit: the server's exit code. */
    int shutdownAndExit() throws Exception {
        server.shutdown().get();
        server.exit();
        return served.get();
    }

    /** exit alone: the server's exit code. */
    int exitWithoutShutdown() throws Exception {
        server.exit();
        return served.get();
    }

    /** Ends the session as a client that just quits would (exit), then closes the pipes. */
    @Override
    public void close() throws IOException {
        if (!served.isDone()) {
            server.exit();
            served.join();
        }
        toServer.sink().close();
        toClient.source().close();
    }
}
