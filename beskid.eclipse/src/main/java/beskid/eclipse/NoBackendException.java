package beskid.eclipse;

/** A Beskid service the workspace needs is not there now (its bundle is stopped or being updated). */
public final class NoBackendException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param what the missing service, e.g. "the lowering service" */
    public NoBackendException(String what) {
        super("no backend: " + what + " is not available (its bundle is stopped or being updated)");
    }
}
