package beskid.lsp.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** A client that records what the server sends it. */
final class RecordingClient implements LanguageClient {
    /** How long a test waits for a notification before it fails (never a measured assertion). */
    private static final long PATIENCE_SECONDS = 120;

    final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    final List<MessageParams> logs = new CopyOnWriteArrayList<>();

    /** The next diagnostics published for a document (earlier ones for others are dropped). */
    PublishDiagnosticsParams nextDiagnostics(String uri) throws InterruptedException {
        return awaitDiagnostics(uri, d -> true);
    }

    /**
     * The first diagnostics published for a document that satisfy a condition: every edit
     * republishes every open document's, so earlier lists (and others') are passed over.
     */
    PublishDiagnosticsParams awaitDiagnostics(String uri, Predicate<List<Diagnostic>> condition)
            throws InterruptedException {
        List<PublishDiagnosticsParams> seen = new ArrayList<>();
        while (true) {
            PublishDiagnosticsParams p = diagnostics.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
            if (p == null) {
                throw new AssertionError("no matching diagnostics were published for " + uri + "; seen: " + seen);
            }
            if (p.getUri().equals(uri)) {
                if (condition.test(p.getDiagnostics())) {
                    return p;
                }
                seen.add(p);
            }
        }
    }

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.add(params);
    }

    @Override
    public void showMessage(MessageParams params) {
        logs.add(params);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {
        logs.add(params);
    }
}
