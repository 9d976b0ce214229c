package beskid.lowering.analysis.api;

import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Opens analysis workspaces. Thread-safe; each workspace is used by one client (a language
 * server connection) at a time.
 */
@ProviderType
public interface AnalysisService {
    /**
     * A workspace over a folder: files not open in the editor are read from it when a program
     * loads them ({@code mod}), and {@link Analysis#workspaceSymbols} and {@link
     * Analysis#references} search its {@code .bd} files.
     *
     * @param root the workspace folder, or null for open documents only
     */
    AnalysisWorkspace open(Path root);
}
