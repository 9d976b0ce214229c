package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** u8 wraps after each of + - *, and every comparison with NaN is false (except !=). */
class OperatorSemanticsTest {
    private static String out(String body) {
        Programs.Run r = Programs.run("use Std.System.IO;\nunit main() {\n" + body + "\n}\n");
        assertThat(r.err()).isEmpty();
        return r.out();
    }

    @Test
    void testU8_wrapsAfterAddSubtractAndMultiply() {
        assertThat(out("""
                u8 a = 20;
                u8 b = 250;
                u8 product = a * a;
                u8 sum = b + a;
                u8 diff = a - b;
                i32 p = product;
                i32 s = sum;
                i32 d = diff;
                IO.Println("${a * a} ${b + a} ${a - b} ${p} ${s} ${d} ${a * a / 2}");
                """)).isEqualTo("144 14 26 144 14 26 72\n");
    }

    @Test
    void testU8_divisionAndRemainderNeedNoWrap() {
        assertThat(out("""
                u8 a = 250;
                u8 b = 7;
                IO.Println("${a / b} ${a % b}");
                """)).isEqualTo("35 5\n");
    }

    @Test
    void testF64_everyOrderedComparisonWithNanIsFalse() {
        assertThat(out("""
                f64 zero = 0.0;
                f64 nan = zero / zero;
                f64 one = 1.0;
                IO.Println("${nan < one} ${nan <= one} ${nan > one} ${nan >= one} ${nan == nan} ${nan != nan}");
                IO.Println("${one < nan} ${one <= nan} ${one > nan} ${one >= nan}");
                IO.Println("${!(nan < one)} ${!(nan > one)} ${!(nan <= one)} ${!(nan >= one)}");
                """))
                .isEqualTo("false false false false false true\nfalse false false false\ntrue true true true\n");
    }

    @Test
    void testF64_nanInConditions() {
        assertThat(out("""
                f64 zero = 0.0;
                f64 nan = zero / zero;
                f64 one = 1.0;
                if nan < one { IO.Println("lt"); }
                if nan <= one { IO.Println("le"); }
                if nan > one { IO.Println("gt"); }
                if nan >= one { IO.Println("ge"); }
                if !(nan < one) { IO.Println("not lt"); }
                if !(nan >= one) { IO.Println("not ge"); }
                bool both = nan < one || nan > one;
                bool neither = !(nan < one) && !(nan > one);
                IO.Println("${both} ${neither}");
                i32 mut n = 0;
                while nan < one && n < 3 { n += 1; }
                IO.Println("${n}");
                """)).isEqualTo("not lt\nnot ge\nfalse true\n0\n");
    }

    @Test
    void testF64_orderedComparisonsOfNumbers() {
        assertThat(out("""
                f64 a = 1.5;
                f64 b = 2.5;
                IO.Println("${a < b} ${a <= a} ${a > b} ${b >= a} ${a == a} ${a != b}");
                """)).isEqualTo("true true false true true true\n");
    }
}
