package beskid.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A language client written from the protocol alone (JSON-RPC with {@code Content-Length}
 * framing), none of the project's code: what an editor does with {@code beskid lsp}.
 */
final class LspWire {
    private final InputStream in;
    private final OutputStream out;
    /** Every message received, in order. */
    final List<JsonObject> received = new ArrayList<>();

    LspWire(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    void request(int id, String method, String paramsJson) throws IOException {
        send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + paramsJson + "}");
    }

    void notify(String method, String paramsJson) throws IOException {
        send("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + paramsJson + "}");
    }

    private void send(String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    /** The response to a request (messages before it are kept in {@link #received}). */
    JsonObject response(int id) throws IOException {
        while (true) {
            JsonObject m = next();
            if (m.has("id") && !m.has("method") && m.get("id").getAsInt() == id) {
                return m;
            }
        }
    }

    /** The next notification of a method. */
    JsonObject notification(String method) throws IOException {
        while (true) {
            JsonObject m = next();
            if (m.has("method") && m.get("method").getAsString().equals(method)) {
                return m;
            }
        }
    }

    /**
     * One message; every byte of the server's stdout must belong to one (a stray line of
     * output would break the framing and fail here).
     */
    JsonObject next() throws IOException {
        String header = headerBlock();
        int length = -1;
        for (String line : header.split("\r\n")) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(line.substring(15).trim());
            } else if (!line.isEmpty() && !line.regionMatches(true, 0, "Content-Type:", 0, 13)) {
                throw new IOException("not an LSP header line on stdout: " + line);
            }
        }
        if (length < 0) {
            throw new IOException("no Content-Length in " + header);
        }
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new EOFException("stdout ended inside a message");
        }
        JsonElement json = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
        received.add(json.getAsJsonObject());
        return json.getAsJsonObject();
    }

    private String headerBlock() throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("stdout ended; header so far: " + header);
            }
            header.write(b);
            byte[] h = header.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                return new String(h, 0, n - 4, StandardCharsets.US_ASCII);
            }
        }
    }

    /** True when the stream has ended with nothing more on it. */
    boolean atEnd() throws IOException {
        return in.read() < 0;
    }
}
