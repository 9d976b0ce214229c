package beskid.lowering.check;

import static beskid.lowering.emit.Programs.errors;
import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.emit.Programs;
import org.junit.jupiter.api.Test;

/**
 * Fitting a value to the type its context expects: constants take the type, integers convert,
 * anything else is one type mismatch at the value's start, and an error already reported is
 * not reported again as a mismatch.
 */
class CoercionRulesTest {
    private static String out(String source) {
        Programs.Run r = Programs.run(source);
        assertThat(r.err()).isEmpty();
        return r.out();
    }

    @Test
    void testMismatch_namesBothTypesAtTheValue() {
        assertThat(errors("""
                unit main() {
                    string s = 1;
                    bool b = "x";
                    i32 n = true;
                    f64 f = 'c';
                }
                """))
                .containsExactly(
                        "test.bd:2:16: error[E0301]: type mismatch: expected string, found i32",
                        "test.bd:3:14: error[E0301]: type mismatch: expected bool, found string",
                        "test.bd:4:13: error[E0301]: type mismatch: expected i32, found bool",
                        "test.bd:5:13: error[E0301]: type mismatch: expected f64, found char");
    }

    @Test
    void testMismatch_inArgumentsAndReturns() {
        assertThat(errors("""
                string name(string s) { return 1 + 2; }
                unit main() {
                    string s = name(false);
                }
                """))
                .containsExactly(
                        "test.bd:1:32: error[E0301]: type mismatch: expected string, found i32",
                        "test.bd:3:21: error[E0301]: type mismatch: expected string, found bool");
    }

    @Test
    void testMismatch_notRepeatedForAnErrorAlreadyReported() {
        assertThat(errors("""
                unit main() {
                    Nope a = 1;
                    i32 b = nothing;
                    string c = nothing + 1;
                }
                """))
                .containsExactly(
                        "test.bd:2:5: error[E0202]: unknown type `Nope`",
                        "test.bd:3:13: error[E0201]: undefined name `nothing`",
                        "test.bd:4:16: error[E0201]: undefined name `nothing`");
    }

    @Test
    void testConstants_takeTheExpectedNumericType() {
        assertThat(out("""
                use Std.System.IO;
                f64 half(f64 x) { return x / 2; }
                unit main() {
                    f64 f = 3;
                    i64 big = 4000000000;
                    u8 b = 200;
                    IO.Println("${half(f) > 1.4 && half(f) < 1.6} ${big} ${b + 100}");
                }
                """)).isEqualTo("true 4000000000 44\n");
    }

    @Test
    void testIntegers_convertOnAssignmentArgumentAndReturn() {
        assertThat(out("""
                use Std.System.IO;
                i64 widen(i32 n) { return n; }
                u8 narrow(i64 n) { return n; }
                unit main() {
                    i32 small = -5;
                    i64 wide = small;
                    i32 back = widen(7) * 1000000000;
                    IO.Println("${wide} ${widen(small)} ${narrow(wide)} ${back}");
                }
                """)).isEqualTo("-5 -5 251 -1589934592\n");
    }

    @Test
    void testDiscard_aDroppedValueOfAnyWidth() {
        assertThat(out("""
                use Std.System.IO;
                i64 wide() { IO.Println("wide"); return 1; }
                f64 real() { IO.Println("real"); return 1.5; }
                string text() { IO.Println("text"); return "t"; }
                unit main() {
                    wide();
                    real();
                    text();
                    IO.Println("done");
                }
                """)).isEqualTo("wide\nreal\ntext\ndone\n");
    }
}
