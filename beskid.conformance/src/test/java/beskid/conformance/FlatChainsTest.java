package beskid.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.RunBackend;
import beskid.lowering.api.SourceUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13, bug 3: a flat operator chain is not nesting. Generated chains of 100,000 terms
 * check, lower and run under both backends, on a thread whose stack is far smaller than a
 * recursive walk of such a chain would need (so the walks must be loops).
 */
class FlatChainsTest {
    /** Small enough that one Java frame per chain link would overflow it. */
    private static final long SMALL_STACK = 512 * 1024;

    private static final int TERMS = 100_000;

    static List<RunBackend> backends() {
        return List.of(Toolchain.JIT, Toolchain.AOT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void hundredThousandTermConstantSumRuns(RunBackend backend) throws Exception {
        StringBuilder src = new StringBuilder("use Std.System.IO;\ni32 main() {\n    i64 t = 1");
        for (int i = 2; i <= TERMS; i++) {
            src.append(" + ").append(i);
        }
        src.append(";\n    IO.Println(\"${t}\");\n    return 0;\n}\n");
        Observed o = onSmallStack(() -> Backends.inProcess(backend, SourceUnit.of("sum.bd", src.toString())));
        assertThat(o.stdout()).isEqualTo("5000050000\n");
    }

    @Test
    void hundredThousandTermTypedChainsCheckToTheCodeSizeLimit() throws Exception {
        // Typed terms: nothing folds, every link is checked, and check writes the method to meet
        // the JVM's limits, which such a body passes: the one diagnostic is E0406 at `f`.
        StringBuilder src = new StringBuilder("i64 f(i64 x, bool b) {\n    bool all = b");
        src.append(" && b".repeat(TERMS - 1)).append(";\n    bool any = b");
        src.append(" || b".repeat(TERMS - 1)).append(";\n    return x");
        src.append(" + x - 1".repeat(TERMS / 2)).append(";\n}\n");
        LoweringResult r = onSmallStack(() -> Toolchain.LOWERING.check(SourceUnit.of("typed.bd", src.toString())));
        assertThat(r.diagnostics())
                .extracting(d -> d.header())
                .containsExactly("typed.bd:1:1: error[E0406]: the function `f` is too large: its code exceeds the JVM"
                        + " limit of 64 KB; split it into smaller functions");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void longLogicalAndArithmeticChainsRun(RunBackend backend) throws Exception {
        // As long as a method may hold: about 4 bytes of code per link.
        int n = 3_000;
        String src = "use Std.System.IO;\n"
                + "bool t() { return true; }\n"
                + "i32 main() {\n"
                + "    bool b = t();\n"
                + "    bool all = b" + " && b".repeat(n - 1) + ";\n"
                + "    bool any = !b" + " || !b".repeat(n - 2) + " || b;\n"
                + "    i64 one = 1;\n"
                + "    i64 s = one" + " + one".repeat(n - 1) + ";\n"
                + "    if all && any { IO.Println(\"${s}\"); }\n"
                + "    return 0;\n"
                + "}\n";
        Observed o = onSmallStack(() -> Backends.inProcess(backend, SourceUnit.of("chains.bd", src)));
        assertThat(o.stdout()).isEqualTo(n + "\n");
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    private static <T> T onSmallStack(Work<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(
                null,
                () -> {
                    try {
                        result.set(work.run());
                    } catch (Throwable e) {
                        failure.set(e);
                    }
                },
                "small-stack",
                SMALL_STACK);
        t.start();
        t.join();
        if (failure.get() != null) {
            throw new AssertionError("failed on a " + SMALL_STACK / 1024 + " KB stack", failure.get());
        }
        return result.get();
    }
}
