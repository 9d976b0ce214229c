package beskid.lowering.api;

import java.util.List;

/**
 * The result of a test request.
 *
 * @param diagnostics compile errors (then no test ran)
 * @param results one per selected test, in source order
 */
public record TestReport(List<Diagnostic> diagnostics, List<TestResult> results) {
    /** Copies the lists. */
    public TestReport {
        diagnostics = List.copyOf(diagnostics);
        results = List.copyOf(results);
    }

    /** Number of tests with the status. */
    public long count(TestResult.Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    /** {@code N passed, N failed, N skipped}. */
    public String summary() {
        return count(TestResult.Status.PASS) + " passed, " + count(TestResult.Status.FAIL) + " failed, "
                + count(TestResult.Status.SKIP) + " skipped";
    }
}
