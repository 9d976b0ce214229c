package beskid.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;

import beskid.lsp.api.LanguageServerEndpoint;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import javax.inject.Inject;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The language server bundle in the container (issue 16): it resolves with LSP4J and gson,
 * serves a client over its loopback socket, and survives the lowering bundle being stopped,
 * started and updated under an open session, which resumes by itself.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LanguageServerIT {
    private static final String URI = "file:///beskid-it/main.bd";
    /** return true in an i32 function: one E0301 at line 3, characters 11-15. */
    private static final String PROGRAM =
            "/// The answer.\ni32 answer()\n{\n    return true;\n}\n\ni32 main()\n{\n" + "    return answer();\n}\n";

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return new Option[] {
            Container.toolchain(),
            frameworkProperty(LanguageServerEndpoint.PORT_PROPERTY).value("0")
        };
    }

    @After
    public void loweringRunning() throws BundleException {
        Bundle lowering = Container.installedBundle(context, Container.LOWERING);
        if (lowering.getState() != Bundle.ACTIVE) {
            lowering.start();
        }
    }

    /** A client over the bundle's loopback socket. */
    private static final class Client implements LanguageClient, AutoCloseable {
        final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
        final Socket socket;
        final LanguageServer server;

        Client(int port) throws Exception {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            Launcher<LanguageServer> launcher =
                    LSPLauncher.createClientLauncher(this, socket.getInputStream(), socket.getOutputStream());
            launcher.startListening();
            server = launcher.getRemoteProxy();
            InitializeParams params = new InitializeParams();
            params.setCapabilities(new ClientCapabilities());
            assertTrue(server.initialize(params)
                    .get()
                    .getCapabilities()
                    .getHoverProvider()
                    .getLeft());
            server.initialized(new InitializedParams());
        }

        void open() {
            server.getTextDocumentService()
                    .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(URI, "beskid", 1, PROGRAM)));
        }

        /** The first diagnostics for the document that satisfy a condition. */
        List<Diagnostic> await(Predicate<List<Diagnostic>> condition) throws InterruptedException {
            while (true) {
                PublishDiagnosticsParams p = diagnostics.poll(Container.WAIT_MILLIS, TimeUnit.MILLISECONDS);
                assertNotNull("diagnostics were published", p);
                if (p.getUri().equals(URI) && condition.test(p.getDiagnostics())) {
                    return p.getDiagnostics();
                }
            }
        }

        CompletableFuture<Hover> hover() {
            return server.getTextDocumentService()
                    .hover(new HoverParams(new TextDocumentIdentifier(URI), new Position(8, 12)));
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.add(params);
        }

        @Override
        public void telemetryEvent(Object object) {}

        @Override
        public void showMessage(MessageParams params) {}

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {}

        @Override
        public void close() throws Exception {
            server.shutdown().get();
            server.exit();
            socket.close();
        }
    }

    private Client connect() throws Exception {
        LanguageServerEndpoint endpoint = Container.service(context, LanguageServerEndpoint.class);
        assertTrue("the socket is served", endpoint.port().isPresent());
        return new Client(endpoint.port().getAsInt());
    }

    private static void assertOneTypeMismatch(List<Diagnostic> diagnostics) {
        assertEquals(1, diagnostics.size());
        assertEquals("E0301", diagnostics.get(0).getCode().getLeft());
        assertEquals(new Position(3, 11), diagnostics.get(0).getRange().getStart());
        assertEquals(new Position(3, 15), diagnostics.get(0).getRange().getEnd());
    }

    private static String hoverText(Client client) throws Exception {
        return client.hover().get().getContents().getRight().getValue();
    }

    @Test
    public void theBundleResolvesAndServesOverItsLoopbackSocket() throws Exception {
        for (String bsn : List.of(Container.LSP, "org.eclipse.lsp4j", "org.eclipse.lsp4j.jsonrpc", "com.google.gson")) {
            assertEquals(
                    bsn + " is active",
                    Bundle.ACTIVE,
                    Container.installedBundle(context, bsn).getState());
        }
        try (Client client = connect()) {
            client.open();
            assertOneTypeMismatch(client.await(d -> !d.isEmpty()));
            assertEquals("```beskid\ni32 answer()\n```\n\n---\n\nThe answer.\n", hoverText(client));
        }
    }

    @Test
    public void aSessionSurvivesLoweringStoppedStartedAndUpdated() throws Exception {
        Bundle lsp = Container.installedBundle(context, Container.LSP);
        ServiceReference<LanguageServerEndpoint> endpoint = context.getServiceReference(LanguageServerEndpoint.class);
        Object endpointId = endpoint.getProperty("service.id");
        Bundle lowering = Container.installedBundle(context, Container.LOWERING);
        try (Client client = connect()) {
            client.open();
            assertOneTypeMismatch(client.await(d -> !d.isEmpty()));

            lowering.stop();
            try {
                client.hover().get();
                throw new AssertionError("a hover without lowering must fail");
            } catch (ExecutionException e) {
                assertTrue(e.getCause() instanceof ResponseErrorException);
                assertEquals("Beskid lowering is not available", e.getCause().getMessage());
            }
            lowering.start();
            // nobody asks: the session republishes when the analysis service returns
            assertOneTypeMismatch(client.await(d -> !d.isEmpty()));
            assertEquals("```beskid\ni32 answer()\n```\n\n---\n\nThe answer.\n", hoverText(client));

            // an update without refresh, as HotSwapIT's: the new revision registers a new service
            lowering.update();
            assertOneTypeMismatch(client.await(d -> !d.isEmpty()));
            assertEquals("```beskid\ni32 answer()\n```\n\n---\n\nThe answer.\n", hoverText(client));
        }
        assertEquals(Bundle.ACTIVE, lsp.getState());
        assertEquals(
                "the endpoint was never re-registered",
                endpointId,
                context.getServiceReference(LanguageServerEndpoint.class).getProperty("service.id"));
        assertEquals(Bundle.ACTIVE, FrameworkUtil.getBundle(getClass()).getState());
    }

    /** Polls (bounded: ConfigAdmin and SCR deliver asynchronously) until the endpoint's port satisfies a condition. */
    private static int awaitPort(LanguageServerEndpoint endpoint, IntPredicate expected, String what)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + Container.WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            OptionalInt port = endpoint.port();
            if (port.isPresent() && expected.test(port.getAsInt())) {
                return port.getAsInt();
            }
            Thread.sleep(20);
        }
        throw new AssertionError(what + ": the port is still " + endpoint.port());
    }

    @Test
    public void aConfigurationMovesTheSocketWithoutReRegisteringTheEndpoint() throws Exception {
        LanguageServerEndpoint endpoint = Container.service(context, LanguageServerEndpoint.class);
        Object endpointId =
                context.getServiceReference(LanguageServerEndpoint.class).getProperty("service.id");
        int chosen;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            chosen = free.getLocalPort();
        }
        // null location: bound to the first bundle that uses it, beskid.lsp (through SCR)
        org.osgi.service.cm.Configuration configuration =
                Container.service(context, ConfigurationAdmin.class).getConfiguration(LanguageServerEndpoint.PID, null);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(LanguageServerEndpoint.PORT_KEY, String.valueOf(chosen));
        configuration.update(properties);
        try {
            awaitPort(endpoint, p -> p == chosen, "the configured port is served");
            try (Client client = new Client(chosen)) {
                client.open();
                assertOneTypeMismatch(client.await(d -> !d.isEmpty()));
            }
        } finally {
            configuration.delete();
        }
        // back to the framework property (0: any free port)
        awaitPort(endpoint, p -> p != chosen, "the framework property's socket is back");
        assertEquals(
                "the endpoint was never re-registered",
                endpointId,
                context.getServiceReference(LanguageServerEndpoint.class).getProperty("service.id"));
    }
}
