package beskid.lsp.api;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.OptionalInt;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Serves Beskid's language server. Each call to {@link #serve} is one client session with its
 * own open documents; sessions share the container's lowering services and outlive their
 * coming and going (a stopped lowering bundle answers requests with an error until it returns).
 */
@ProviderType
public interface LanguageServerEndpoint {
    /** Framework property: serve a loopback socket on this port ({@code 0}: any free port). Unset: no socket. */
    String PORT_PROPERTY = "beskid.lsp.port";

    /** ConfigAdmin PID of the endpoint; its {@link #PORT_KEY} overrides {@link #PORT_PROPERTY}. */
    String PID = "beskid.lsp";

    /** Configuration key: the loopback port, as {@link #PORT_PROPERTY}; changing it moves the socket. */
    String PORT_KEY = "port";

    /**
     * Serves one client over a pair of streams until it sends {@code exit} or closes its input.
     * The output carries only LSP messages. The caller closes the streams afterwards.
     *
     * @return the process exit code LSP asks for: 0 after {@code shutdown} then {@code exit},
     *     1 when the client exited without {@code shutdown} or went away
     * @throws InterruptedException when the calling thread is interrupted while serving
     */
    int serve(InputStream in, OutputStream out) throws InterruptedException;

    /** The loopback port a socket is served on, or empty when none was asked for. */
    OptionalInt port();
}
