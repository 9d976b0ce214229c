package beskid.lowering.check;

import static beskid.lowering.emit.Programs.errors;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Integer literal typing: Go-like untyped constants, ranges, no mixing of integer types. */
class CheckerLiteralTypingTest {
    private static String main(String body) {
        return "i64 down(i64 n) { return n; }\ni32 main() {\n" + body + "\n    return 0;\n}\n";
    }

    @Test
    void testCheck_constantTakesOtherOperandsType() {
        assertThat(errors(main("    i64 x = 1 + down(5);"))).isEmpty();
    }

    @Test
    void testCheck_constantExpressionTakesExpectedType() {
        assertThat(errors(main("    i64 x = 2147483647 + 1;"))).isEmpty();
    }

    @Test
    void testCheck_constantOverflowingI32IsAnError() {
        assertThat(errors(main("    i32 x = 2147483647 + 1;")))
                .containsExactly("test.bd:3:13: error[E0302]: the constant 2147483648 is out of range for i32");
    }

    @Test
    void testCheck_minI32IsValid() {
        assertThat(errors(main("    i32 x = -2147483648;"))).isEmpty();
    }

    @Test
    void testCheck_u8Range() {
        assertThat(errors(main("    u8 a = 255;\n    u8 b = 256;\n    u8 c = -1;")))
                .containsExactly(
                        "test.bd:4:12: error[E0302]: the constant 256 is out of range for u8",
                        "test.bd:5:12: error[E0302]: the constant -1 is out of range for u8");
    }

    @Test
    void testCheck_mixedIntegerTypesAreAnError() {
        assertThat(errors(main("    i32 a = 1;\n    i64 b = 2;\n    i64 c = a + b;")))
                .singleElement()
                .asString()
                .startsWith("test.bd:5:15: error[E0303]: mismatched integer types i32 and i64");
    }

    @Test
    void testCheck_implicitConversionOnAssignmentArgumentAndReturn() {
        assertThat(errors("""
                i64 wide(i64 x) { return x; }
                u8 narrow(i64 x) { return x; }
                i32 main() {
                    i32 a = 7;
                    i64 b = a;
                    u8 c = b;
                    i64 d = wide(a);
                    return narrow(d);
                }
                """)).isEmpty();
    }

    @Test
    void testCheck_letDefaultsToI32() {
        assertThat(errors(main("    let x = 3000000000;")))
                .containsExactly("test.bd:3:13: error[E0302]: the constant 3000000000 is out of range for i32");
    }

    @Test
    void testCheck_noImplicitConversionBetweenOtherTypes() {
        assertThat(errors(main("    i32 x = 'a';\n    bool b = 1;\n    string s = 5;")))
                .containsExactly(
                        "test.bd:3:13: error[E0301]: type mismatch: expected i32, found char",
                        "test.bd:4:14: error[E0301]: type mismatch: expected bool, found i32",
                        "test.bd:5:16: error[E0301]: type mismatch: expected string, found i32");
    }

    @Test
    void testCheck_interpolationOfOtherTypesIsAnError() {
        assertThat(errors(
                        "type P { i32 x }\nunit main() {\n    P p = P { x: 1 };\n    string s = \"${p} ${1.5}\";\n}\n"))
                .containsExactly(
                        "test.bd:4:19: error[E0314]: cannot interpolate a value of type P (only strings, integers, bool and char)",
                        "test.bd:4:24: error[E0314]: cannot interpolate a value of type f64 (only strings, integers, bool and char)");
    }

    @Test
    void testCheck_rangeVariableIsImmutableAndTyped() {
        assertThat(errors("""
                unit main() {
                    i64 n = 3;
                    for i in range(0, n) {
                        i64 w = i;
                        i = 2;
                    }
                }
                """))
                .containsExactly("test.bd:5:9: error[E0308]: cannot assign to immutable `i`; declare it `mut`");
    }
}
