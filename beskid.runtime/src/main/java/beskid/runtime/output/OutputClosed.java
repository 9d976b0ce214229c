package beskid.runtime.output;

/**
 * The reader of the process's output went away (a closed pipe, as {@code | head -1} leaves
 * it). Thrown out of the write that found it, through the program's frames, to the execution
 * entry, which ends the run with {@link #EXIT_CODE} and says nothing: there is nobody to say
 * it to. An {@link Error}, so that no program-level handler mistakes it for a panic.
 */
public final class OutputClosed extends Error {
    /** The exit code of a C program killed by SIGPIPE (128 + 13). */
    public static final int EXIT_CODE = 141;

    private static final long serialVersionUID = 1L;

    OutputClosed(int fd) {
        super("descriptor " + fd + " closed by its reader", null, false, false);
    }
}
