package beskid.lsp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beskid.lowering.service.AnalysisComponent;
import java.nio.file.Path;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis service going and coming back (its bundle stopped, updated, started), as the
 * component reports it: the session answers errors meanwhile and resumes by itself, its open
 * documents fed to the new service.
 */
class LoweringComesAndGoesTest {
    @TempDir
    Path dir;

    @Test
    void diagnosticsComeBackWithTheServiceWithoutTheClientAsking() throws Exception {
        Project project = new Project(dir);
        TestServices services = new TestServices();
        services.analysis = null;
        try (LspSession lsp = LspSession.start(services, dir)) {
            lsp.open(project.main, Project.MAIN);
            lsp.change(project.main, 12, 11, 12, 12, "true"); // an error, edited while lowering is away
            HoverParams hover = new HoverParams(new TextDocumentIdentifier(project.main), new Position(10, 13));
            // a request is answered after every notification sent before it: the edits are in
            assertThatThrownBy(() ->
                            lsp.server.getTextDocumentService().hover(hover).get())
                    .cause()
                    .hasMessage("Beskid lowering is not available");

            services.analysis = new AnalysisComponent();
            lsp.servicesChanged();
            assertThat(lsp.client.nextDiagnostics(project.main).getDiagnostics())
                    .singleElement()
                    .satisfies(d -> assertThat(d.getCode().getLeft()).isEqualTo("E0301"));

            services.analysis = null;
            lsp.servicesChanged();
            assertThatThrownBy(() ->
                            lsp.server.getTextDocumentService().hover(hover).get())
                    .cause()
                    .hasMessage("Beskid lowering is not available");
            lsp.change(project.main, 12, 11, 12, 15, "0"); // fixed while it is away again
            assertThatThrownBy(() ->
                            lsp.server.getTextDocumentService().hover(hover).get())
                    .cause()
                    .hasMessage("Beskid lowering is not available");

            services.analysis = new AnalysisComponent(); // an updated bundle: a new service object
            lsp.servicesChanged();
            assertThat(lsp.client
                            .awaitDiagnostics(project.main, d -> d.isEmpty())
                            .getDiagnostics())
                    .isEmpty();
            assertThat(lsp.server
                            .getTextDocumentService()
                            .hover(hover)
                            .get()
                            .getRange()
                            .getStart())
                    .isEqualTo(new Position(10, 12));
            assertThat(lsp.shutdownAndExit()).isZero();
        }
    }
}
