package beskid.lowering.check;

import static beskid.lowering.emit.Programs.errors;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A `for` variable lives in its loop and takes the type of its range; a function with a value
 * must not run off its end, whatever statement comes last.
 */
class LoopAndCompletionRulesTest {
    @Test
    void testFor_theLoopVariableEndsWithTheLoop() {
        assertThat(errors("unit main() {\n    for i in range(0, 3) { }\n    i32 j = i;\n}\n"))
                .containsExactly("test.bd:3:13: error[E0201]: undefined name `i`");
    }

    @Test
    void testFor_theVariableTakesTheTypeOfATypedBound() {
        assertThat(errors("""
                unit main() {
                    i64 n = 5;
                    for i in range(0, n) { string k = i; }
                    for j in range(n, 9) { string k = j; }
                    for m in range(n, n) { string k = m; }
                }
                """))
                .containsExactly(
                        "test.bd:3:39: error[E0301]: type mismatch: expected string, found i64",
                        "test.bd:4:39: error[E0301]: type mismatch: expected string, found i64",
                        "test.bd:5:39: error[E0301]: type mismatch: expected string, found i64");
    }

    @Test
    void testCompletion_aFunctionMustNotRunOffItsEnd() {
        assertThat(errors("""
                i32 afterLocal() { i32 x = 1; }
                i32 afterWhile(bool c) { while c { } }
                i32 afterFor() { for i in range(0, 3) { } }
                i32 afterBlock() { { } }
                i32 forever() { while true { } }
                unit main() { }
                """))
                .containsExactly(
                        "test.bd:1:31: error[E0307]: missing return: `afterLocal` must return a value of type i32 on every path",
                        "test.bd:2:38: error[E0307]: missing return: `afterWhile` must return a value of type i32 on every path",
                        "test.bd:3:43: error[E0307]: missing return: `afterFor` must return a value of type i32 on every path",
                        "test.bd:4:24: error[E0307]: missing return: `afterBlock` must return a value of type i32 on every path");
    }
}
