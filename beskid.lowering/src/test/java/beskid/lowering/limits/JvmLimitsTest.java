package beskid.lowering.limits;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.Diagnostic;
import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.emit.Programs;
import java.util.StringJoiner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, limit 5: every limit of the JVM class file format is a diagnostic of {@code check}
 * with a source position (never a ClassFormatError at run time), and what can be lifted is:
 * a module with more functions than one class can hold is split across several classes.
 */
class JvmLimitsTest {
    private static LoweringResult check(String src) {
        return Programs.LOWERING.check(SourceUnit.of("limits.bd", src));
    }

    private static String params(String type, int n) {
        StringJoiner j = new StringJoiner(", ");
        for (int i = 0; i < n; i++) {
            j.add(type + " a" + i);
        }
        return j.toString();
    }

    @Test
    void parametersBeyondTwoHundredFiftyFiveSlotsAreACheckError() {
        String src = "i32 main() { return 0; }\n\ni64 wide(" + params("i64", 128) + ") { return a0; }\n";
        assertThat(check(src).diagnostics())
                .extracting(Diagnostic::header)
                .containsExactly("limits.bd:3:1: error[E0406]: the parameters of `wide` need 256 JVM slots,"
                        + " more than the limit of 255 (i64 and f64 take two); pass a struct instead");
    }

    @Test
    void aMethodsReceiverTakesASlot() {
        String src = "type T { i32 x }\nimpl T {\n    i32 m(" + params("i32", 255) + ") { return a0; }\n}\n";
        assertThat(check(src).diagnostics())
                .extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("E0406", 3));
    }

    @Test
    void exactlyTwoHundredFiftyFiveSlotsLowerAndRun() {
        StringBuilder args = new StringBuilder();
        for (int i = 0; i < 255; i++) {
            args.append(i == 0 ? "" : ", ").append(i);
        }
        String src = "i32 last(" + params("i32", 255) + ") { return a254; }\n" + "i32 main() { return last(" + args
                + "); }\n";
        assertThat(Programs.run("limits.bd", src).exit()).isEqualTo(254);
    }

    @Test
    void aFunctionOverSixtyFourKilobytesIsACheckErrorAtTheFunction() {
        StringBuilder src = new StringBuilder("i32 main() { return 0; }\n\ni64 big(i64 x) {\n    i64 mut s = x;\n");
        for (int i = 0; i < 12_000; i++) {
            src.append("    s += x * ").append(i).append(";\n");
        }
        src.append("    return s;\n}\n");
        assertThat(check(src.toString()).diagnostics())
                .extracting(Diagnostic::header)
                .containsExactly("limits.bd:3:1: error[E0406]: the function `big` is too large: its code exceeds"
                        + " the JVM limit of 64 KB; split it into smaller functions");
    }

    @Test
    @Tag("slow") // a second or more: the mutation profile leaves it out
    void aClassBeyondTheConstantPoolIsACheckError() {
        // 4,000 functions (one class) with 20 distinct strings each: 80,000 constants.
        StringBuilder src = new StringBuilder("use Std.System.IO;\ni32 main() { return 0; }\n");
        for (int f = 0; f < 4_000; f++) {
            src.append("unit s").append(f).append("() {");
            for (int k = 0; k < 20; k++) {
                src.append(" IO.Print(\"").append(f).append('_').append(k).append("\");");
            }
            src.append(" }\n");
        }
        LoweringResult r = check(src.toString());
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("E0406");
        assertThat(r.diagnostics().get(0).message()).contains("65535 constants");
        assertThat(r.diagnostics().get(0).line()).isGreaterThan(1);
    }

    @Test
    @Tag("slow") // a second or more: the mutation profile leaves it out
    void aHundredThousandFunctionsLowerAcrossSeveralClassesAndRun() {
        int n = 100_000;
        StringBuilder src = new StringBuilder("use Std.System.IO;\n");
        for (int i = 0; i < n; i++) {
            // chains of calls 1,000 long that cross from one class of the module into another
            src.append("i64 f").append(i).append("(i64 x) { return ");
            src.append(i % 1000 == 0 ? "x" : "f" + (i - 1) + "(x) + 1").append("; }\n");
        }
        src.append("i32 main() {\n")
                .append("    i64(i64) g = f77777;\n")
                .append("    IO.Println(\"${f99999(0)} ${f4096(5)} ${g(1)}\");\n")
                .append("    return 0;\n}\n");
        LoweredArtifact a = Programs.lower("many.bd", src.toString());
        assertThat(a.classes().keySet().stream().filter(c -> c.startsWith("prog.many")))
                .hasSizeGreaterThan(20);
        assertThat(Programs.execute(a, a.entry(), "", java.util.List.of()).out())
                .isEqualTo("999 101 778\n");
    }
}
