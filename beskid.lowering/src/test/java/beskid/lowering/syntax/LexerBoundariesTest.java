package beskid.lowering.syntax;

import static beskid.lowering.emit.Programs.errors;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Comments, character literals and the largest integer literals, as a user sees them. */
class LexerBoundariesTest {
    @Test
    void testBlockComment_leavesNothingBehind() {
        assertThat(errors("unit main() {\n    /* a */ i32 x = 4 /* b */ / 2;\n    /**/ i32 y = x;\n}\n"))
                .isEmpty();
        assertThat(errors("/* header */ unit main() {}\n")).isEmpty();
    }

    @Test
    void testBlockComment_unterminatedAtItsStart() {
        assertThat(errors("unit main() {}\n  /* open\n"))
                .containsExactly("test.bd:2:3: error[E0103]: unterminated block comment: missing `*/`");
    }

    @Test
    void testCharLiteral_diagnostics() {
        assertThat(errors("unit main() {\n    char c = 'a;\n}\n"))
                .containsExactly("test.bd:2:14: error[E0109]: unterminated character literal: missing `'`");
        assertThat(errors("unit main() {\n    char c = '';\n    char d = 'ab';\n}\n"))
                .containsExactly(
                        "test.bd:2:14: error[E0109]: empty character literal",
                        "test.bd:3:14: error[E0109]: character literal must hold exactly one character");
    }

    @Test
    void testIntegerLiteral_largestAndLongest() {
        // 2^63 is still a literal (it is -i64::MIN); the checker then says where it does not fit
        assertThat(errors("unit main() {\n    i64 a = -9223372036854775808;\n    i64 b = 9223372036854775807;\n}\n"))
                .isEmpty();
        assertThat(errors("unit main() {\n    i64 a = 9223372036854775808;\n    i64 b = 9999999999999999999;\n}\n"))
                .containsExactly(
                        "test.bd:2:13: error[E0302]: the constant 9223372036854775808 is out of range for i64",
                        "test.bd:3:13: error[E0302]: the constant 9999999999999999999 is out of range for i64");
        assertThat(
                        errors(
                                "unit main() {\n    i64 a = 10000000000000000000;\n    i64 b = 12345678901234567890123456;\n}\n"))
                .containsExactly(
                        "test.bd:2:13: error[E0108]: integer literal `10000000000000000000` is too large for any integer type",
                        "test.bd:3:13: error[E0108]: integer literal `12345678901234567890123456` is too large for any integer type");
        // leading zeros do not count
        assertThat(errors("unit main() {\n    i64 a = 000000000000000000000009223372036854775807;\n}\n"))
                .isEmpty();
    }
}
