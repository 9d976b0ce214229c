package beskid.lsp.server;

import com.google.gson.JsonPrimitive;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.WorkspaceService;

/** The {@code workspace/*} requests: symbols across the workspace, and {@code beskid.run}. */
final class WorkspaceRequests implements WorkspaceService {
    private final BeskidLanguageServer server;
    private final TextDocuments documents;
    private final Services services;
    /** Programs run here, so a long one never holds up the session's requests. */
    private final ExecutorService runs = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "beskid-lsp-run");
        t.setDaemon(true);
        return t;
    });

    WorkspaceRequests(BeskidLanguageServer server, TextDocuments documents, Services services) {
        this.server = server;
        this.documents = documents;
        this.services = services;
    }

    @Override
    public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(
            WorkspaceSymbolParams params) {
        String query = params.getQuery() == null ? "" : params.getQuery();
        return server.withAnalysis(a -> Either.forRight(a.workspaceSymbols(query).stream()
                .filter(s -> s.declaration() != null)
                .map(s -> {
                    WorkspaceSymbol symbol = new WorkspaceSymbol(
                            s.name(), Convert.symbolKind(s.kind()), Either.forLeft(Convert.location(s.declaration())));
                    symbol.setContainerName(s.container());
                    return symbol;
                })
                .toList()));
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        if (!BeskidLanguageServer.RUN_COMMAND.equals(params.getCommand())) {
            return CompletableFuture.failedFuture(
                    Unavailable.invalidParams("unknown command `" + params.getCommand() + "`"));
        }
        List<Object> arguments = params.getArguments();
        String uri = arguments == null || arguments.isEmpty() ? null : text(arguments.get(0));
        if (uri == null) {
            return CompletableFuture.failedFuture(
                    Unavailable.invalidParams("beskid.run takes the document's URI as its argument"));
        }
        return server.request(() -> RunCommand.program(uri, new HashMap<>(documents.all())))
                .thenApplyAsync(program -> RunCommand.run(services.jit(), program), runs);
    }

    /** An argument as a string: LSP4J hands JSON values over as gson elements. */
    private static String text(Object argument) {
        if (argument instanceof JsonPrimitive p && p.isString()) {
            return p.getAsString();
        }
        if (argument instanceof String s) {
            return s;
        }
        return null;
    }

    /** Stops the threads running programs (a running program is interrupted). */
    void dispose() {
        runs.shutdownNow();
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        // no settings yet
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        // a file that is not open is the analysis service's to read from the workspace folder
    }
}
