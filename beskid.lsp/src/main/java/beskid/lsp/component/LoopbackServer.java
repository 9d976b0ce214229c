package beskid.lsp.component;

import beskid.lsp.server.Sessions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback socket serving one language server session per connection, for an IDE process
 * that embeds the bundles. Only this machine can connect (127.0.0.1).
 */
final class LoopbackServer implements AutoCloseable {
    private final ServerSocket server;
    private final Sessions sessions;
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();

    private LoopbackServer(ServerSocket server, Sessions sessions) {
        this.server = server;
        this.sessions = sessions;
    }

    static LoopbackServer start(int port, Sessions sessions) throws IOException {
        LoopbackServer s = new LoopbackServer(new ServerSocket(port, 50, InetAddress.getLoopbackAddress()), sessions);
        Thread accept = new Thread(s::accept, "beskid-lsp-accept");
        accept.setDaemon(true);
        accept.start();
        return s;
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // closed: the component is going away
            }
            clients.add(client);
            Thread session = new Thread(() -> serve(client), "beskid-lsp-client");
            session.setDaemon(true);
            session.start();
        }
    }

    private void serve(Socket client) {
        try (client) {
            sessions.serve(client.getInputStream(), client.getOutputStream());
        } catch (IOException e) {
            // the client went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(client);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket client : clients) {
            try {
                client.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
