package beskid.lsp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

/** Without the analysis service every analysis request fails with one clear error; the server lives on. */
class UnavailableLoweringTest {
    /** An open document that need not exist on disk, in a folder every machine has. */
    private static final String URI = java.nio.file.Path.of(
                    System.getProperty("java.io.tmpdir"), "beskid-none", "main.bd")
            .toUri()
            .toString();

    @Test
    void requestsAnswerAClearErrorAndTheSessionEndsNormally() throws Exception {
        TestServices services = new TestServices();
        services.analysis = null;
        try (LspSession lsp = LspSession.start(services, null)) {
            lsp.open(URI, "i32 main()\n{\n    return 0;\n}\n");
            lsp.change(URI, 2, 11, 2, 12, "1");
            lsp.change(URI, 2, 11, 2, 12, "2");
            HoverParams hover = new HoverParams(new TextDocumentIdentifier(URI), new Position(0, 5));
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() ->
                                lsp.server.getTextDocumentService().hover(hover).get())
                        .isInstanceOf(ExecutionException.class)
                        .cause()
                        .isInstanceOfSatisfying(ResponseErrorException.class, e -> {
                            assertThat(e.getResponseError().getCode())
                                    .isEqualTo(ResponseErrorCode.RequestFailed.getValue());
                            assertThat(e.getResponseError().getMessage()).isEqualTo("Beskid lowering is not available");
                        });
            }
            // said once, not after every edit
            assertThat(lsp.client.logs).singleElement().satisfies(m -> {
                assertThat(m.getType()).isEqualTo(MessageType.Warning);
                assertThat(m.getMessage()).isEqualTo("Beskid lowering is not available");
            });
            assertThat(lsp.shutdownAndExit()).isZero();
        }
    }
}
