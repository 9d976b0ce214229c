package beskid.lowering.api;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/** The build contract the AOT backend provides as an OSGi service. */
@ConsumerType
public interface BuildBackend {
    /** The targets it can build for, default first (e.g. {@code jvm17, jvm21, jvm25}). */
    List<String> targets();

    /**
     * Lowers, links against the targeted ABI's symbol table and packages a program.
     *
     * @throws BackendUnavailableException when a service it needs is gone
     */
    BuildResult build(BuildRequest request);
}
