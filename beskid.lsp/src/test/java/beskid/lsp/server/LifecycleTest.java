package beskid.lsp.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.junit.jupiter.api.Test;

/** initialize lists every provider; shutdown and exit end a session with LSP's exit codes. */
class LifecycleTest {
    @Test
    void initializeListsEveryProvider() throws Exception {
        try (LspSession lsp = LspSession.start(new TestServices(), null)) {
            ServerCapabilities caps = lsp.initialized.getCapabilities();
            assertThat(caps.getTextDocumentSync().getLeft()).isEqualTo(TextDocumentSyncKind.Incremental);
            assertThat(caps.getHoverProvider().getLeft()).isTrue();
            assertThat(caps.getDefinitionProvider().getLeft()).isTrue();
            assertThat(caps.getReferencesProvider().getLeft()).isTrue();
            assertThat(caps.getRenameProvider().getRight().getPrepareProvider()).isTrue();
            assertThat(caps.getCompletionProvider().getTriggerCharacters()).containsExactly(".", ":");
            assertThat(caps.getSignatureHelpProvider().getTriggerCharacters()).containsExactly("(", ",");
            assertThat(caps.getDocumentSymbolProvider().getLeft()).isTrue();
            assertThat(caps.getWorkspaceSymbolProvider().getLeft()).isTrue();
            assertThat(caps.getSemanticTokensProvider().getFull().getLeft()).isTrue();
            assertThat(caps.getSemanticTokensProvider().getLegend().getTokenTypes())
                    .startsWith("namespace", "type", "struct", "enum", "interface", "typeParameter")
                    .endsWith("keyword", "comment", "string", "number", "operator")
                    .hasSize(18);
            assertThat(caps.getSemanticTokensProvider().getLegend().getTokenModifiers())
                    .containsExactly("declaration");
            assertThat(caps.getInlayHintProvider().getLeft()).isTrue();
            assertThat(caps.getCodeActionProvider().getRight().getCodeActionKinds())
                    .containsExactly("quickfix");
            assertThat(caps.getDocumentFormattingProvider().getLeft()).isTrue();
            assertThat(caps.getDocumentRangeFormattingProvider().getLeft()).isTrue();
            assertThat(caps.getExecuteCommandProvider().getCommands()).containsExactly("beskid.run");
            assertThat(lsp.initialized.getServerInfo().getName()).isEqualTo("beskid");
            assertThat(lsp.shutdownAndExit()).isZero();
        }
    }

    @Test
    void exitWithoutShutdownIsExitCodeOne() throws Exception {
        try (LspSession lsp = LspSession.start(new TestServices(), null)) {
            assertThat(lsp.exitWithoutShutdown()).isEqualTo(1);
        }
    }
}
