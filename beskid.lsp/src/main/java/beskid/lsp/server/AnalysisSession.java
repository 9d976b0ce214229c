package beskid.lsp.server;

import beskid.lowering.analysis.api.Analysis;
import beskid.lowering.analysis.api.AnalysisService;
import beskid.lowering.analysis.api.AnalysisWorkspace;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;

/**
 * A client's analysis workspace, bound to the analysis service of the moment. When the service
 * goes (its bundle stopped or updated) the workspace goes with it; the next request after it
 * returns opens a new workspace and feeds it the open documents again. Used from the session's
 * one thread only.
 */
final class AnalysisSession {
    private final Supplier<AnalysisService> service;
    private final TextDocuments documents;
    private Path root;
    private AnalysisService bound;
    private AnalysisWorkspace workspace;
    /** What the workspace was last given, by URI. */
    private final Map<String, String> fed = new HashMap<>();

    AnalysisSession(Supplier<AnalysisService> service, TextDocuments documents) {
        this.service = service;
        this.documents = documents;
    }

    void root(Path folder) {
        root = folder;
        drop();
    }

    /** True when an analysis service is there now. */
    boolean available() {
        return service.get() != null;
    }

    /**
     * An analysis of the open documents as they are now.
     *
     * @throws ResponseErrorException when no analysis service is there, or it failed
     */
    Analysis analysis() {
        AnalysisService now = service.get();
        if (now == null) {
            drop();
            throw Unavailable.error(Unavailable.LOWERING);
        }
        try {
            if (now != bound) {
                drop();
                workspace = now.open(root);
                bound = now;
            }
            sync();
            return workspace.analysis();
        } catch (RuntimeException | LinkageError e) {
            // A service whose bundle stops under the call fails in its own ways (a closed class
            // loader, an IllegalStateException); start afresh with the next service.
            drop();
            if (service.get() != now) {
                throw Unavailable.error(Unavailable.LOWERING);
            }
            throw Unavailable.error("Beskid analysis failed: " + e);
        }
    }

    private void sync() {
        for (Iterator<Map.Entry<String, String>> it = fed.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, String> entry = it.next();
            if (documents.text(entry.getKey()) == null) {
                workspace.remove(entry.getKey());
                it.remove();
            }
        }
        for (Map.Entry<String, String> doc : documents.all().entrySet()) {
            if (!doc.getValue().equals(fed.get(doc.getKey()))) {
                workspace.update(doc.getKey(), doc.getValue());
                fed.put(doc.getKey(), doc.getValue());
            }
        }
    }

    /** Forgets the workspace (closing it while its service is still there). */
    void drop() {
        AnalysisWorkspace old = workspace;
        workspace = null;
        bound = null;
        fed.clear();
        if (old != null) {
            try {
                old.close();
            } catch (RuntimeException | LinkageError e) {
                // its bundle is already gone: nothing left to release
            }
        }
    }
}
