package beskid.lowering.check;

import static beskid.lowering.emit.Programs.errors;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A block's locals end at its `}`; integer constants must fit the type they take, at both ends. */
class ScopeAndRangeRulesTest {
    @Test
    void testScope_aBlocksLocalsEndAtItsBrace() {
        assertThat(errors("unit main() {\n    { i32 a = 1; }\n    i32 b = a;\n}\n"))
                .containsExactly("test.bd:3:13: error[E0201]: undefined name `a`");
    }

    @Test
    void testScope_ifAndWhileBodiesAreBlocks() {
        assertThat(errors("""
                unit f(bool c) {
                    if c { i32 x = 1; } else { i32 y = 2; }
                    while c { i32 z = 3; }
                    i32 sum = x + y + z;
                }
                """))
                .containsExactly(
                        "test.bd:4:15: error[E0201]: undefined name `x`",
                        "test.bd:4:19: error[E0201]: undefined name `y`",
                        "test.bd:4:23: error[E0201]: undefined name `z`");
    }

    @Test
    void testScope_aNameMayBeDeclaredAgainAfterItsBlockEnds() {
        assertThat(errors("unit main() {\n    { i32 a = 1; }\n    { string a = \"x\"; }\n    i64 a = 2;\n}\n"))
                .isEmpty();
    }

    @Test
    void testConstants_i64Bounds() {
        assertThat(errors("""
                unit main() {
                    i64 lo = -9223372036854775808;
                    i64 hi = 9223372036854775807;
                    i64 over = 9223372036854775807 + 1;
                    i64 under = -9223372036854775808 - 1;
                }
                """))
                .containsExactly(
                        "test.bd:4:16: error[E0302]: the constant 9223372036854775808 is out of range for i64",
                        "test.bd:5:17: error[E0302]: the constant -9223372036854775809 is out of range for i64");
    }

    @Test
    void testConstants_i32AndU8Bounds() {
        assertThat(errors("""
                unit main() {
                    i32 lo = -2147483648;
                    i32 hi = 2147483647;
                    i32 over = 2147483648;
                    i32 under = -2147483649;
                    u8 zero = 0;
                    u8 max = 255;
                    u8 big = 256;
                    u8 neg = -1;
                }
                """))
                .containsExactly(
                        "test.bd:4:16: error[E0302]: the constant 2147483648 is out of range for i32",
                        "test.bd:5:17: error[E0302]: the constant -2147483649 is out of range for i32",
                        "test.bd:8:14: error[E0302]: the constant 256 is out of range for u8",
                        "test.bd:9:14: error[E0302]: the constant -1 is out of range for u8");
    }

    @Test
    void testConstants_anArgumentAndAReturnTakeTheParametersType() {
        assertThat(errors("""
                u8 small(u8 b) { return 256; }
                i64 wide(i32 n) { return 9223372036854775807; }
                unit main() {
                    u8 a = small(300);
                    i64 b = wide(2147483648);
                }
                """))
                .containsExactly(
                        "test.bd:1:25: error[E0302]: the constant 256 is out of range for u8",
                        "test.bd:4:18: error[E0302]: the constant 300 is out of range for u8",
                        "test.bd:5:18: error[E0302]: the constant 2147483648 is out of range for i32");
    }
}
