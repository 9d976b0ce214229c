package beskid.runtime.execution;

/**
 * The run was cancelled by whoever started it (Ctrl-C in the Gogo shell interrupts the
 * command, which interrupts the run's thread) and stops at its next cancellation point: a
 * loop head or a symbol call. An {@link Error}, so it unwinds the program's frames like a
 * panic but is never reported as one.
 */
public final class RunCancelled extends Error {
    /** Exit code of a cancelled run: that of a process stopped by SIGINT (128 + 2). */
    public static final int EXIT_CODE = 130;

    private static final long serialVersionUID = 1L;

    /** The run's thread was interrupted. */
    public RunCancelled() {
        super("run cancelled", null, false, false);
    }
}
