package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A division or remainder by zero panics at the operator's line, also on a continued line. */
class DivisionPanicPositionTest {
    private static String panic(String source) {
        Programs.Run r = Programs.run("p.bd", source);
        assertThat(r.exit()).isEqualTo(101);
        return r.err();
    }

    @Test
    void testPanic_ofADivisionOnAContinuedLine() {
        assertThat(panic("""
                i32 main() {
                    i32 z = 0;
                    i32 n = 1 +
                        10 / z;
                    return n;
                }
                """)).isEqualTo("panic: division by zero\n  at p.bd:4\n");
    }

    @Test
    void testPanic_ofARemainderOnAContinuedLine() {
        assertThat(panic("""
                i32 main() {
                    i64 z = 0;
                    i64 n = 1 +
                        10 % z;
                    return 0;
                }
                """)).isEqualTo("panic: division by zero\n  at p.bd:4\n");
    }
}
