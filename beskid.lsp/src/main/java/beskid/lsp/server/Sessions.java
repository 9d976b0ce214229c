package beskid.lsp.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Serves clients over streams, and tells every live session when the services change. */
public final class Sessions {
    /**
     * LSP4J logs the end of its input, with a stack trace, at INFO; an input that ends is how
     * every session ends (a client closing its pipe or socket), so only warnings are kept.
     */
    private static final Logger INPUT_LOG = Logger.getLogger(StreamMessageProducer.class.getName());

    static {
        INPUT_LOG.setLevel(Level.WARNING);
    }

    private final Services services;
    private final Set<BeskidLanguageServer> live = ConcurrentHashMap.newKeySet();

    /** Sessions over the container's services. */
    public Sessions(Services services) {
        this.services = services;
    }

    /**
     * Serves one client until it sends {@code exit} or its input ends; the caller closes the
     * streams afterwards.
     *
     * @return 0 after {@code shutdown} and {@code exit}, 1 otherwise
     */
    public int serve(InputStream in, OutputStream out) throws InterruptedException {
        BeskidLanguageServer server = new BeskidLanguageServer(services);
        ExecutorService io = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "beskid-lsp-io");
            t.setDaemon(true);
            return t;
        });
        live.add(server);
        try {
            Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out, io, null);
            server.connect(launcher.getRemoteProxy());
            Future<Void> listening = launcher.startListening();
            CompletableFuture<Void> inputEnded = CompletableFuture.runAsync(
                    () -> {
                        try {
                            listening.get();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } catch (ExecutionException e) {
                            // the stream failed: as good as closed
                        }
                    },
                    io);
            try {
                CompletableFuture.anyOf(server.exited(), inputEnded).get();
            } catch (ExecutionException e) {
                // neither fails: exit completes normally, and the input's end is caught above
            }
            // The listener is not interrupted: it may be writing a last response, and an
            // interrupt would close an interruptible channel under it. It ends with the input,
            // which the caller closes (the process exits, the socket closes).
            return server.exited().getNow(1);
        } finally {
            live.remove(server);
            server.dispose();
            io.shutdown();
        }
    }

    /** A service came or went: each session resumes (or reports) by itself. */
    public void servicesChanged() {
        live.forEach(BeskidLanguageServer::servicesChanged);
    }
}
