package beskid.lowering.analysis.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The documents an editor has open, over a workspace folder. Edits are whole texts (a server
 * applies incremental changes to its copy first); {@link #analysis()} re-parses only the
 * documents that changed since the last call and re-checks the programs they belong to.
 */
@ProviderType
public interface AnalysisWorkspace extends AutoCloseable {
    /** Opens a document or replaces its text; it then shadows the file on disk. */
    void update(String uri, String text);

    /** Closes a document: its file on disk counts again, if there is one. */
    void remove(String uri);

    /** An immutable analysis of the documents as they are now; cheap when nothing changed. */
    Analysis analysis();

    /** Releases the cached parses. */
    @Override
    void close();
}
