package beskid.lowering.limits;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.Diagnostic;
import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.emit.Programs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, limit 6: the cost of a function grows linearly with its locals. ASM's frame
 * computation used to keep a frame of every local per line-number label, so 40,000 locals ran
 * out of memory; now they check, and lowering answers with the JVM's code-size limit. (Times
 * are measured by beskid.bench, not asserted here.)
 */
class ManyLocalsTest {
    private static String locals(int n, boolean branches) {
        StringBuilder s = new StringBuilder("use Std.System.IO;\ni64 f(i64 x) {\n    i64 mut sum = 0;\n");
        for (int i = 0; i < n; i++) {
            s.append("    i64 v").append(i).append(" = x + ").append(i).append(";\n");
            if (branches && i % 10 == 0) {
                s.append("    if v")
                        .append(i)
                        .append(" > 0 { sum += v")
                        .append(i)
                        .append("; }\n");
            }
        }
        return s.append("    return sum + v0;\n}\n")
                .append("i32 main() { IO.Println(\"${f(1)}\"); return 0; }\n")
                .toString();
    }

    @Test
    @Tag("slow") // a second or more: the mutation profile leaves it out
    void fortyThousandLocalsCheckAndLowerToTheCodeSizeDiagnostic() {
        String src = locals(40_000, false);
        for (LoweringResult r : new LoweringResult[] {
            Programs.LOWERING.check(SourceUnit.of("locals.bd", src)),
            Programs.LOWERING.lower(SourceUnit.of("locals.bd", src))
        }) {
            assertThat(r.diagnostics())
                    .extracting(Diagnostic::header)
                    .containsExactly("locals.bd:2:1: error[E0406]:"
                            + " the function `f` is too large: its code exceeds the JVM limit of 64 KB; split it into smaller"
                            + " functions");
        }
    }

    @Test
    @Tag("slow") // a second or more: the mutation profile leaves it out
    void manyLocalsWithBranchesGetCorrectFrames() {
        // 2,000 locals and 200 branch targets: frames at every target must still be right.
        Programs.Run r = Programs.run("locals.bd", locals(2_000, true));
        long expected = 1; // v0
        for (int i = 0; i < 2_000; i += 10) {
            expected += 1 + i;
        }
        assertThat(r.out()).isEqualTo(expected + "\n");
    }
}
