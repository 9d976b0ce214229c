package beskid.lowering.api;

/**
 * How one test ended.
 *
 * @param name the test's name
 * @param status passed, failed or skipped
 * @param nanos how long it ran
 * @param message the panic message of a failure, the reason of a skip, otherwise null
 * @param location {@code File.bd:LINE} of a failure, otherwise null
 */
public record TestResult(String name, Status status, long nanos, String message, String location) {
    /** The three ways a test ends. */
    public enum Status {
        /** Ran to its end. */
        PASS,
        /** Panicked. */
        FAIL,
        /** Its skip condition held. */
        SKIP
    }
}
