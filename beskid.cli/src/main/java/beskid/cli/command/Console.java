package beskid.cli.command;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The streams a command talks to: the process's for {@code beskid ...}, the session's in the
 * Gogo shell. Programs write raw bytes to {@link #out}/{@link #err}; messages go through
 * {@link #print}/{@link #error}.
 */
public record Console(OutputStream out, OutputStream err, InputStream in) {
    /** A line of text on stdout. */
    public void print(String text) {
        PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
        p.print(text);
        p.flush();
    }

    /** A line of text on stderr. */
    public void error(String text) {
        PrintStream p = new PrintStream(err, false, StandardCharsets.UTF_8);
        p.print(text);
        p.flush();
    }
}
