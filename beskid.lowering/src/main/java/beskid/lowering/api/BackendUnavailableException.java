package beskid.lowering.api;

/** A backend cannot serve a request right now because a service it needs is not available. */
public class BackendUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message saying what is missing. */
    public BackendUnavailableException(String message) {
        super(message);
    }
}
