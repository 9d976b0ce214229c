package beskid.lsp.server;

import beskid.lowering.api.SourceSet;
import com.google.gson.JsonPrimitive;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
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

    /** The thread running each answer's program now (guarded by itself). */
    private final Map<CompletableFuture<Object>, Thread> running = new HashMap<>();

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
        CompletableFuture<Object> answer = new CompletableFuture<>();
        server.request(() -> RunCommand.program(uri, new HashMap<>(documents.all())))
                .whenComplete((program, failure) -> {
                    if (failure != null) {
                        answer.completeExceptionally(
                                failure instanceof CompletionException && failure.getCause() != null
                                        ? failure.getCause()
                                        : failure);
                        return;
                    }
                    try {
                        runs.execute(() -> run(program, answer));
                    } catch (RejectedExecutionException e) {
                        answer.completeExceptionally(Unavailable.error("the session has ended"));
                    }
                });
        // $/cancelRequest cancels the answer: the program is interrupted (as Ctrl-C would)
        answer.whenComplete((result, failure) -> {
            if (answer.isCancelled()) {
                synchronized (running) {
                    Thread thread = running.get(answer);
                    if (thread != null) {
                        thread.interrupt();
                    }
                }
            }
        });
        return answer;
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

    /**
     * Runs a program on this thread, which may be interrupted (the program cancelled) only
     * while the program runs: LSP4J writes the answer on this thread afterwards, and an
     * interrupt then would close an interruptible channel under that write.
     */
    private void run(SourceSet program, CompletableFuture<Object> answer) {
        synchronized (running) {
            if (answer.isDone()) {
                return; // cancelled before it started
            }
            running.put(answer, Thread.currentThread());
        }
        Map<String, Object> result = null;
        RuntimeException failure = null;
        try {
            result = RunCommand.run(services.jit(), program);
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            synchronized (running) {
                running.remove(answer);
                Thread.interrupted();
            }
        }
        if (failure != null) {
            answer.completeExceptionally(failure);
        } else {
            answer.complete(result);
        }
    }

    /** Ends the session's runs: a running program is cancelled (interrupted), the threads go. */
    void dispose() {
        synchronized (running) {
            running.values().forEach(Thread::interrupt);
        }
        runs.shutdown();
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
