package beskid.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.abi.RunContext;
import beskid.lowering.api.RunBackend;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.api.TestFilter;
import beskid.lowering.api.TestReport;
import beskid.lowering.api.TestRequest;
import beskid.lowering.api.TestResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code test} blocks under both backends: skip conditions, filters, fresh runs, failures with positions. */
class TestBlocksTest {
    private static final SourceUnit TESTS = SourceUnit.of(
            "suite.bd",
            String.join(
                    "\n",
                    "use Std.System.IO;",
                    "type Counter { i32 n }",
                    "i32 twice(i32 x) { return 2 * x; }",
                    "test Doubles {",
                    "    meta { tags = \"fast,math\"; group = \"arith\"; }",
                    "    if twice(21) != 42 { __panic_str(\"twice is wrong\"); }",
                    "}",
                    "test SkippedByExpression {",
                    "    skip { condition = twice(1) == 2; reason = \"computed condition\"; }",
                    "    __panic_str(\"must not run\");",
                    "}",
                    "test RunsWhenConditionIsFalse {",
                    "    meta { tags = \"slow\"; group = \"arithmetic\"; }",
                    "    skip { condition = twice(1) == 3; reason = \"never\"; }",
                    "    IO.Println(\"ran\");",
                    "}",
                    "test FailsWithPosition {",
                    "    meta { group = \"arith\"; }",
                    "    i32 zero = 0;",
                    "    i32 boom = 1 / zero;",
                    "}",
                    "test SkipConditionPanics {",
                    "    skip { condition = 1 / (twice(0)) == 0; reason = \"unreachable\"; }",
                    "}",
                    ""));

    @ParameterizedTest
    @ValueSource(strings = {"jit", "aot"})
    void everyTestRunsOnceWithItsOutcome(String backend) {
        Captured run = run(backend, TestFilter.ALL);
        assertThat(run.report().results())
                .extracting(r -> r.name() + " " + r.status())
                .containsExactly(
                        "Doubles PASS",
                        "SkippedByExpression SKIP",
                        "RunsWhenConditionIsFalse PASS",
                        "FailsWithPosition FAIL",
                        "SkipConditionPanics FAIL");
        TestResult skipped = run.report().results().get(1);
        assertThat(skipped.message()).isEqualTo("computed condition");
        TestResult failed = run.report().results().get(3);
        assertThat(failed.message()).isEqualTo("division by zero");
        assertThat(failed.location()).isEqualTo("suite.bd:20");
        assertThat(run.report().summary()).isEqualTo("2 passed, 2 failed, 1 skipped");
        assertThat(run.stdout()).isEqualTo("ran\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jit", "aot"})
    void filtersSelectByAnyTagAndExactGroupAndFilteredTestsAreNotCounted(String backend) {
        assertThat(names(run(backend, new TestFilter(List.of("fast"), null)))).containsExactly("Doubles");
        assertThat(names(run(backend, new TestFilter(List.of("slow", "math"), null))))
                .containsExactly("Doubles", "RunsWhenConditionIsFalse");
        assertThat(names(run(backend, new TestFilter(List.of(), "arith"))))
                .containsExactly("Doubles", "FailsWithPosition");
        assertThat(names(run(backend, new TestFilter(List.of("math"), "arithmetic"))))
                .isEmpty();
        assertThat(run(backend, new TestFilter(List.of("fast"), null)).report().summary())
                .isEqualTo("1 passed, 0 failed, 0 skipped");
    }

    private record Captured(TestReport report, String stdout) {}

    private static List<String> names(Captured run) {
        return run.report().results().stream().map(TestResult::name).toList();
    }

    private static Captured run(String backend, TestFilter filter) {
        RunBackend runner = backend.equals("jit") ? Toolchain.JIT : Toolchain.AOT;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TestReport report = runner.runTests(new TestRequest(
                TESTS,
                RunContext.of(out, new ByteArrayOutputStream(), new ByteArrayInputStream(new byte[0]), List.of()),
                filter));
        assertThat(report.diagnostics()).isEmpty();
        return new Captured(report, out.toString(StandardCharsets.UTF_8));
    }
}
