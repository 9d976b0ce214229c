package beskid.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lsp.api.LanguageServerEndpoint;
import beskid.lsp.component.LanguageServerComponent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code beskid lsp} in-process: the console's streams carry the session, nothing else. */
class LspCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int lsp(LanguageServerEndpoint endpoint, String input) {
        Toolchain tools = new Toolchain(() -> null, TreeMap::new, () -> null, () -> null, () -> endpoint);
        Console console = new Console(out, err, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        return BeskidCommandLine.execute(new ProgramActions(tools), console, new String[] {"lsp"});
    }

    private static String message(String json) {
        return "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
    }

    @Test
    void aSessionFromInitializeToExitAnswersOnStdoutAndExitsZero() {
        String input =
                message("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}")
                        + message("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}")
                        + message("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}")
                        + message("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        assertThat(lsp(new LanguageServerComponent(), input)).isZero();
        // stdout is exactly a sequence of framed messages: the two responses
        String stdout = out.toString(StandardCharsets.UTF_8);
        Matcher frame = Pattern.compile("Content-Length: (\\d+)\r\n\r\n").matcher(stdout);
        int at = 0;
        int messages = 0;
        while (at < stdout.length()) {
            assertThat(frame.find(at) && frame.start() == at)
                    .as("a frame at " + at)
                    .isTrue();
            int length = Integer.parseInt(frame.group(1));
            String body = stdout.substring(frame.end(), frame.end() + length);
            assertThat(body).startsWith("{\"jsonrpc\":\"2.0\",\"id\":" + (++messages));
            at = frame.end() + length;
        }
        assertThat(messages).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anInputThatEndsWithoutExitIsExitCodeOne() {
        String input =
                message("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}");
        assertThat(lsp(new LanguageServerComponent(), input)).isEqualTo(1);
    }

    @Test
    void withoutTheLanguageServerBundleItFailsWithOneLine() {
        assertThat(lsp(null, "")).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("beskid: the language server is not available (the beskid.lsp bundle is not running)\n");
    }
}
