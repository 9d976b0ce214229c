package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Operators in the shapes the emitter treats specially: flat chains as long as a program may
 * write them, chains whose result is converted, logical chains that reach their last link,
 * comparisons with an operand that never returns, identity of function values that passed
 * through a generic function, and interpolations too large for one concatenation site.
 */
class OperatorShapesTest {
    private static String out(String source) {
        Programs.Run r = Programs.run(source);
        assertThat(r.err()).isEmpty();
        return r.out();
    }

    private static String panic(String source) {
        Programs.Run r = Programs.run("p.bd", source);
        assertThat(r.exit()).isEqualTo(101);
        return r.err();
    }

    @Test
    void aFlatChainOfTwentyThousandAdditionsIsEmittedWithoutRecursion() {
        String sum = "n" + " + n".repeat(19_999);
        assertThat(out("use Std.System.IO;\ni32 sum(i32 n) { return " + sum + "; }\n"
                        + "unit main() { IO.Println(\"${sum(3)}\"); }\n"))
                .isEqualTo("60000\n");
    }

    @Test
    void aFlatChainWithConstantLinksAndMixedOperators() {
        String chain = "1 + 2 + n * 2 - 1" + " + n % 3 - n / 2".repeat(4_000);
        // n = 7: 1+2+14-1 = 16, then 4000 times (+1 -3)
        assertThat(out("use Std.System.IO;\ni32 f(i32 n) { return " + chain + "; }\n"
                        + "unit main() { IO.Println(\"${f(7)}\"); }\n"))
                .isEqualTo("-7984\n");
    }

    @Test
    void aChainConvertedToAWiderTypeIsConvertedOnce() {
        assertThat(out("""
                use Std.System.IO;
                i64 widened(i32 a, i32 b, i32 c) { return a * b + c - 1; }
                unit main() {
                    i32 a = 2147483647;
                    i32 b = 1;
                    i64 x = a + b + b;
                    u8 y = a + b + b;
                    IO.Println("${x} ${y} ${widened(3, 4, 5)}");
                }
                """)).isEqualTo("-2147483647 1 16\n");
    }

    @Test
    void logicalChainsThatReachTheirLastLinkEvaluateItOnce() {
        assertThat(out("""
                use Std.System.IO;
                bool say(string s, bool v) { IO.Print(s); return v; }
                unit main() {
                    bool a = say("a", true) && say("b", true);
                    bool b = say("c", false) || say("d", false);
                    bool c = say("e", true) && say("f", true) && say("g", false);
                    bool d = say("h", false) || say("i", false) || say("j", true);
                    IO.Println(" ${a} ${b} ${c} ${d}");
                    if say("k", true) && say("l", true) { IO.Println(" both"); }
                    if say("m", false) || say("n", false) { IO.Println(" either"); } else { IO.Println(" neither"); }
                }
                """)).isEqualTo("abcdefghij true false false true\nkl both\nmn neither\n");
    }

    @Test
    void aComparisonWithAnOperandThatNeverReturnsPanics() {
        assertThat(panic("""
                i32 main() {
                    i64 n = 5;
                    if n == __panic_str("first") { return 1; }
                    return 0;
                }
                """)).isEqualTo("panic: first\n  at p.bd:3\n");
        assertThat(panic("""
                i32 main() {
                    f64 x = 0.5;
                    if __panic_str("second") < x { return 1; }
                    return 0;
                }
                """)).isEqualTo("panic: second\n  at p.bd:3\n");
    }

    @Test
    void aFunctionValueIsIdenticalToItselfAfterPassingThroughAGenericFunction() {
        assertThat(out("""
                use Std.System.IO;
                (T) => T keep<T>((T) => T f) { return f; }
                i64 inc(i64 x) { return x + 1; }
                unit main() {
                    (i64) => i64 f = inc;
                    (i64) => i64 g = keep(f);
                    (i64) => i64 h = (i64 x) => x + 1;
                    IO.Println("${f === g} ${f !== g} ${f === h} ${f !== h} ${g(1)}");
                    if f === g { IO.Println("same"); }
                    if f !== g { IO.Println("different"); }
                    if f === h { IO.Println("h same"); } else { IO.Println("h different"); }
                }
                """)).isEqualTo("true false false true 2\nsame\nh different\n");
    }

    @Test
    void functionValuesWrappedForAGenericParameterCompareByWhatTheyWrap() {
        assertThat(out("""
                use Std.System.IO;
                bool same<T>((T) => T a, (T) => T b) { return a === b; }
                bool differ<T>((T) => T a, (T) => T b) { return a !== b; }
                string which<T>((T) => T a, (T) => T b) { if a !== b { return "differ"; } return "same"; }
                i64 inc(i64 x) { return x + 1; }
                unit main() {
                    (i64) => i64 f = inc;
                    (i64) => i64 h = (i64 x) => x + 1;
                    IO.Println("${same(f, f)} ${differ(f, f)} ${same(f, h)} ${differ(f, h)}");
                    IO.Println("${which(f, f)} ${which(f, h)}");
                }
                """)).isEqualTo("true false false true\nsame differ\n");
    }

    @Test
    void anInterpolationOfManyWideValuesIsJoinedPairwise() {
        String parts = "${k}".repeat(150);
        assertThat(out("use Std.System.IO;\nunit main() {\n    i64 k = 7;\n    string s = \"" + parts
                        + "\";\n    IO.Println(\"${__str_len(s)}\");\n}\n"))
                .isEqualTo("150\n");
    }

    @Test
    void anInterpolationWithATextLongerThanAClassConstantIsJoinedPairwise() {
        String text = "\uD83D\uDE00".repeat(20_000); // 80000 bytes of UTF-8, 120000 of modified UTF-8
        assertThat(out("use Std.System.IO;\nunit main() {\n    i32 n = 4;\n    string s = \"" + text
                        + "${n}\";\n    IO.Println(\"${__str_len(s)}\");\n}\n"))
                .isEqualTo("80001\n");
    }
}
