package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Integers wrap at their width, u8 is unsigned, division truncates, division by zero panics. */
class LoweringArithmeticTest {
    private static String out(String body) {
        Programs.Run r = Programs.run("use Std.System.IO;\nunit main() {\n" + body + "\n}\n");
        assertThat(r.err()).isEmpty();
        return r.out();
    }

    @Test
    void testLower_i32AndI64Wrap() {
        assertThat(out("""
                i32 a = 2147483647;
                i64 b = 9223372036854775807;
                IO.Println("${a + 1} ${b + 1} ${a * 2}");
                """)).isEqualTo("-2147483648 -9223372036854775808 -2\n");
    }

    @Test
    void testLower_u8IsUnsignedAndWraps() {
        assertThat(out("""
                u8 a = 250;
                u8 b = a + 10;
                u8 c = 3;
                u8 d = c - 4;
                i32 big = a;
                IO.Println("${b} ${d} ${a / 3} ${a % 7} ${a > c} ${big} ${-c}");
                """)).isEqualTo("4 255 83 5 true 250 253\n");
    }

    @Test
    void testLower_narrowingConversionWraps() {
        assertThat(out("""
                i64 w = 4294967297;
                i32 n = w;
                u8 b = n + 255;
                i64 back = b;
                IO.Println("${n} ${b} ${back}");
                """)).isEqualTo("1 0 0\n");
    }

    @Test
    void testLower_divisionTruncatesTowardZero() {
        assertThat(out("""
                i32 a = -7;
                i64 b = -7;
                IO.Println("${a / 2} ${a % 3} ${7 % -3} ${b / 2} ${b % 3} ${-7 / 2}");
                """)).isEqualTo("-3 -1 1 -3 -1 -3\n");
    }

    @Test
    void testLower_constantsAreExact() {
        assertThat(out("""
                i64 x = 2147483647 + 1;
                i32 y = (2147483647 + 1) / 2;
                IO.Println("${x} ${y} ${-2147483648}");
                """)).isEqualTo("2147483648 1073741824 -2147483648\n");
    }

    @Test
    void testLower_divisionByZeroPanicsAtTheLine() {
        Programs.Run r = Programs.run("div.bd", """
                i32 div(i32 a, i32 b) {
                    return a
                        / b;
                }
                i32 main() {
                    return div(1, 0);
                }
                """);
        assertThat(r.exit()).isEqualTo(101);
        assertThat(r.err()).contains("panic: division by zero").contains("at div.bd:3");
    }

    @Test
    void testLower_constantDivisionByZeroPanicsAtRunTime() {
        Programs.Run r = Programs.run("unit main() { i64 x = 1 % 0; }\n");
        assertThat(r.err()).contains("panic: division by zero");
    }

    @Test
    void testLower_f64Arithmetic() {
        assertThat(out("""
                f64 x = 1.5;
                f64 y = x * 2.0 + 1;
                if y > 3.9 && y < 4.1 && y == 4.0 { IO.Println("four"); }
                """)).isEqualTo("four\n");
    }

    @Test
    void testLower_exitCodeIsMainModulo256() {
        assertThat(Programs.run("i32 main() { return 300; }\n").exit()).isEqualTo(44);
        assertThat(Programs.run("i32 main() { return -1; }\n").exit()).isEqualTo(255);
        assertThat(Programs.run("i64 main() { return 4294967298; }\n").exit()).isEqualTo(2);
        assertThat(Programs.run("unit main() { }\n").exit()).isZero();
    }

    @Test
    void testLower_stringsLongerThanAClassFileConstant() {
        String text = "x".repeat(70_000) + "\u017c".repeat(30_000);
        Programs.Run r = Programs.run("use Std.System.IO;\nunit main() { string s = \"" + text
                + "\"; IO.Println(\"${__str_len(s)} ${match s { \"" + text + "\" => 1, _ => 0 }}\"); }\n");
        assertThat(r.out()).isEqualTo("130000 1\n");
    }
}
