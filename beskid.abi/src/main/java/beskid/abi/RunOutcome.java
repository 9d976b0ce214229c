package beskid.abi;

/**
 * How a run ended.
 *
 * @param exitCode the process exit code: main's value {@code & 0xFF}, 0 for unit, 101 after a panic
 * @param panicMessage the panic message, or null when the program did not panic
 * @param panicLocation {@code File.bd:LINE} of the innermost program frame, or null
 */
public record RunOutcome(int exitCode, String panicMessage, String panicLocation) {
    /** Exit code of a run that panicked. */
    public static final int PANIC_EXIT_CODE = 101;

    /** True when the run ended in a panic. */
    public boolean panicked() {
        return panicMessage != null;
    }
}
