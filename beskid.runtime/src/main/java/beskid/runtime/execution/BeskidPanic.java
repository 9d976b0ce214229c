package beskid.runtime.execution;

/** A panic raised by a program; unwinds to the execution entry, which reports it. */
public final class BeskidPanic extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A panic with the given message. */
    public BeskidPanic(String message) {
        super(message);
    }
}
