package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.Diagnostic;
import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.SourceSet;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.lanes.Lanes;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A module of several classes is written on two lanes ({@link ClassJobs}) and gives the same artifact,
 * byte for byte, as one lane: classes, imports, tags, exports and tests; and a failure in any
 * of its classes is the same diagnostic at the same position.
 */
class SideBySideClassesTest {
    private static final int N = 2 * JvmTypes.FUNCTIONS_PER_CLASS + 50;

    /** Functions over three classes, with lambdas, runtime calls and interpolation in each class. */
    private static String program(String extra) {
        return program("", extra);
    }

    /** As {@link #program(String)}, with {@code inFirstClass} among the first class's last functions. */
    private static String program(String inFirstClass, String extra) {
        StringBuilder s = new StringBuilder("use Std.System.IO;\n");
        for (int i = 0; i < N; i++) {
            if (i == JvmTypes.FUNCTIONS_PER_CLASS - 20) {
                s.append(inFirstClass);
            }
            if (i % 1000 == 7) {
                s.append("i64 f")
                        .append(i)
                        .append("(i64 x) {\n")
                        .append("    i64(i64) add = (i64 y) => y + x + ")
                        .append(i)
                        .append(";\n")
                        .append("    IO.Println(\"f")
                        .append(i)
                        .append(" ${add(1)}\");\n")
                        .append("    return add(x);\n}\n");
            } else {
                s.append("i64 f")
                        .append(i)
                        .append("(i64 x) { return x * ")
                        .append(i % 7 + 1)
                        .append(" + ")
                        .append(i)
                        .append("; }\n");
            }
        }
        s.append(extra);
        s.append("test Sum {\n    i64 s = f0(1) + f5007(1);\n}\n");
        s.append("i32 main() {\n    IO.Println(\"${f3007(2)} ${f8007(3)}\");\n    return 0;\n}\n");
        return s.toString();
    }

    private static LoweringResult lower(String source, int lanes) {
        int before = Lanes.lanes;
        Lanes.lanes = lanes;
        try {
            return Programs.LOWERING.lower(SourceSet.of(SourceUnit.of("wide.bd", source)));
        } finally {
            Lanes.lanes = before;
        }
    }

    private static void assertSameArtifact(LoweredArtifact one, LoweredArtifact two) {
        assertThat(two.classes().keySet())
                .containsExactlyElementsOf(one.classes().keySet());
        one.classes()
                .forEach((name, bytes) ->
                        assertThat(two.classes().get(name)).as(name).isEqualTo(bytes));
        assertThat(two.imports()).isEqualTo(one.imports());
        assertThat(two.interopTags()).isEqualTo(one.interopTags());
        assertThat(two.exports()).isEqualTo(one.exports());
        assertThat(two.tests()).isEqualTo(one.tests());
        assertThat(two.entry()).isEqualTo(one.entry());
    }

    @Test
    void twoLanesWriteTheSameClassesAsOne() {
        String source = program("");
        LoweredArtifact one = lower(source, 1).artifact();
        LoweredArtifact two = lower(source, 2).artifact();
        assertThat(one.classes().keySet()).contains("prog.wide", "prog.wide$$1", "prog.wide$$2");
        assertSameArtifact(one, two);
        Programs.verify(two);
        Programs.Run r = Programs.execute(two, two.entry(), "", List.of());
        assertThat(r.err()).isEmpty();
        // f3007(2): add(1) = 1 + 2 + 3007, then add(2); f8007(3) likewise
        assertThat(r.out()).isEqualTo("f3007 3010\nf8007 8011\n3011 8013\n");
    }

    @Test
    void functionAdaptersFirstUsedInTwoClassesAreTheSame() {
        // written side by side, either class may ask first: an adapter is named by its shapes
        String inFirstClass = """
                i64(A) ident<A>(i64(A) f) { return f; }
                i64 inc(i64 x) { return x + 1; }
                bool wrappedToo() {
                    i64(i64) f = inc;
                    return ident(f) === f;
                }
                """;
        String extra = """
                unit(A) same<A>(unit(A) f) { return f; }
                unit h(i32 n) { }
                bool wrapped() {
                    unit(i32) f = h;
                    return same(f) === f;
                }
                """;
        String source = program(inFirstClass, extra);
        LoweredArtifact one = lower(source, 1).artifact();
        LoweredArtifact two = lower(source, 2).artifact();
        assertThat(one.classes().keySet()).contains("prog.wide$Adapt$J_J$to$L_J", "prog.wide$Adapt$I_V$to$L_V");
        assertSameArtifact(one, two);
    }

    @Test
    void aFunctionTooLargeInALaterClassIsTheSameDiagnostic() {
        StringBuilder big = new StringBuilder("i64 big(i64 x) {\n    i64 mut s = x;\n");
        for (int i = 0; i < 12_000; i++) {
            big.append("    s += x * ").append(i).append(";\n");
        }
        big.append("    return s;\n}\n");
        String source = program(big.toString());
        Supplier<List<String>> oneLane = () -> headers(lower(source, 1));
        List<String> expected = oneLane.get();
        assertThat(expected).singleElement().asString().contains("the function `big` is too large");
        assertThat(headers(lower(source, 2))).isEqualTo(expected);
    }

    private static List<String> headers(LoweringResult r) {
        return r.diagnostics().stream().map(Diagnostic::header).toList();
    }
}
