package beskid.cli.command;

/** A problem with what the user asked (unreadable file, unknown backend): one line, exit 2. */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error with a one-line message. */
    public UserError(String message) {
        super(message);
    }
}
