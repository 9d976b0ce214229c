package beskid.lowering.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The run contract a backend provides as an OSGi service (service property
 * {@value #BACKEND_PROPERTY} names the backend, e.g. {@code jit}).
 */
@ConsumerType
public interface RunBackend {
    /** Service property naming the backend. */
    String BACKEND_PROPERTY = "beskid.backend";

    /** The backend's name. */
    String name();

    /**
     * Lowers and runs a program's main through the runtime's execution entry.
     *
     * @throws BackendUnavailableException when a service it needs is gone (e.g. lowering is being updated)
     */
    RunResult run(RunRequest request);

    /**
     * Lowers a file and runs its {@code test} blocks (each in a fresh run of the runtime).
     *
     * @throws BackendUnavailableException when a service it needs is gone
     */
    TestReport runTests(TestRequest request);
}
