package beskid.lsp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.Test;

/** Document and range formatting through the lowering bundle's formatter, as minimal edits. */
class FormattingTest {
    /** An open document that need not exist on disk, in a folder every machine has. */
    private static final String URI = java.nio.file.Path.of(
                    System.getProperty("java.io.tmpdir"), "beskid-fmt", "main.bd")
            .toUri()
            .toString();

    private static List<TextEdit> format(LspSession lsp) throws Exception {
        return lsp
                .server
                .getTextDocumentService()
                .formatting(
                        new DocumentFormattingParams(new TextDocumentIdentifier(URI), new FormattingOptions(4, true)))
                .get()
                .stream()
                .map(TextEdit.class::cast)
                .toList();
    }

    private static List<TextEdit> formatRange(LspSession lsp, int first, int last) throws Exception {
        return lsp
                .server
                .getTextDocumentService()
                .rangeFormatting(new DocumentRangeFormattingParams(
                        new TextDocumentIdentifier(URI),
                        new FormattingOptions(4, true),
                        new Range(new Position(first, 0), new Position(last, 1))))
                .get()
                .stream()
                .map(TextEdit.class::cast)
                .toList();
    }

    @Test
    void documentFormattingReplacesOnlyWhatChanged() throws Exception {
        try (LspSession lsp = LspSession.start(new TestServices(), null)) {
            lsp.open(URI, "i32 main()\n{\n    return   1+2;\n}\n");
            // "  1+" of "    return   1+2;" becomes "1 + "; the rest is kept
            assertThat(format(lsp))
                    .containsExactly(new TextEdit(new Range(new Position(2, 11), new Position(2, 15)), "1 + "));
        }
    }

    @Test
    void formattedCodeGetsNoEdit() throws Exception {
        try (LspSession lsp = LspSession.start(new TestServices(), null)) {
            lsp.open(URI, "i32 main()\n{\n    return 1 + 2;\n}\n");
            assertThat(format(lsp)).isEmpty();
        }
    }

    @Test
    void aDocumentWithSyntaxErrorsIsLeftAlone() throws Exception {
        try (LspSession lsp = LspSession.start(new TestServices(), null)) {
            lsp.open(URI, "i32 main(\n{\n    return   1;\n}\n");
            assertThat(format(lsp)).isEmpty();
        }
    }

    @Test
    void rangeFormattingTouchesOnlyTheSelectedItems() throws Exception {
        try (LspSession lsp = LspSession.start(new TestServices(), null)) {
            lsp.open(URI, "i32 a()\n{\n    return   1;\n}\n\ni32 b()\n{\n    return   2;\n}\n");
            // lines 5-7 are b's: a keeps its spaces, two of b's three go
            assertThat(formatRange(lsp, 5, 7))
                    .containsExactly(new TextEdit(new Range(new Position(7, 11), new Position(7, 13)), ""));
        }
    }

    @Test
    void editsFollowIncrementalChanges() throws Exception {
        try (LspSession lsp = LspSession.start(new TestServices(), null)) {
            lsp.open(URI, "i32 main()\n{\n    return 1;\n}\n");
            lsp.change(URI, 2, 12, 2, 12, "+2"); // return 1+2;
            assertThat(format(lsp))
                    .containsExactly(new TextEdit(new Range(new Position(2, 12), new Position(2, 13)), " + "));
        }
    }

    @Test
    void withoutTheFormatterTheRequestFailsClearlyAndTheServerStaysUp() throws Exception {
        TestServices services = new TestServices();
        services.formatter = null;
        try (LspSession lsp = LspSession.start(services, null)) {
            lsp.open(URI, "i32 main()\n{\n    return   1;\n}\n");
            assertThatThrownBy(() -> format(lsp))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(ResponseErrorException.class)
                    .hasMessage(Unavailable.FORMATTER);
            services.formatter = new beskid.lowering.service.FormatComponent();
            assertThat(format(lsp)).hasSize(1);
            assertThat(lsp.shutdownAndExit()).isZero();
        }
    }
}
