package beskid.lowering.backend;

import beskid.abi.ExecutionEntry;
import beskid.abi.RunContext;
import beskid.abi.RunOutcome;
import beskid.lowering.api.EntryPoint;
import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.TestCase;
import beskid.lowering.api.TestFilter;
import beskid.lowering.api.TestResult;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs an artifact's test blocks through the runtime's execution entry, each as a fresh run:
 * the skip condition first (a test whose condition holds is skipped with its reason), then
 * the body (a panic fails the test with its message and position). Both backends use this one
 * runner over their own way of loading the classes, so results cannot differ between them.
 */
public final class TestRunner {
    private TestRunner() {}

    /** Runs the selected tests of an artifact whose classes the loader defines. */
    public static List<TestResult> run(
            LoweredArtifact artifact,
            ClassLoader classes,
            ExecutionEntry runtime,
            RunContext context,
            TestFilter filter) {
        List<TestResult> results = new ArrayList<>();
        for (TestCase test : artifact.tests()) {
            if (filter.matches(test)) {
                results.add(runOne(test, classes, runtime, context));
            }
        }
        return results;
    }

    private static TestResult runOne(TestCase test, ClassLoader classes, ExecutionEntry runtime, RunContext context) {
        long start = System.nanoTime();
        if (test.skipCondition() != null) {
            // The condition returns bool; as an entry point it answers exit code 1 for true.
            MethodHandle condition = MethodHandles.explicitCastArguments(
                    handle(test.skipCondition(), classes), MethodType.methodType(int.class));
            RunOutcome skip = runtime.execute(condition, context);
            if (skip.panicked()) {
                return new TestResult(
                        test.name(),
                        TestResult.Status.FAIL,
                        System.nanoTime() - start,
                        skip.panicMessage(),
                        skip.panicLocation());
            }
            if (skip.exitCode() != 0) {
                return new TestResult(
                        test.name(), TestResult.Status.SKIP, System.nanoTime() - start, test.skipReason(), null);
            }
        }
        RunOutcome body = runtime.execute(handle(test.body(), classes), context);
        long nanos = System.nanoTime() - start;
        if (body.panicked()) {
            return new TestResult(
                    test.name(), TestResult.Status.FAIL, nanos, body.panicMessage(), body.panicLocation());
        }
        return new TestResult(test.name(), TestResult.Status.PASS, nanos, null, null);
    }

    private static MethodHandle handle(EntryPoint entry, ClassLoader classes) {
        try {
            return entry.resolve(classes);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("lowered test entry " + entry + " is missing: " + e, e);
        }
    }
}
