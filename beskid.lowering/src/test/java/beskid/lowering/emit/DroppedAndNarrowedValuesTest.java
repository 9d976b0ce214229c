package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Values a statement does not use are dropped (also in loops, where the stack must be the same
 * on every pass), and an i64 narrowed on assignment wraps to the width of its target.
 */
class DroppedAndNarrowedValuesTest {
    private static String out(String source) {
        Programs.Run r = Programs.run(source);
        assertThat(r.err()).isEmpty();
        return r.out();
    }

    @Test
    void unusedValuesOfCallsInALoopAreDropped() {
        assertThat(out("""
                use Std.System.IO;
                i32 narrow(i32 x) { IO.Print("n${x}"); return x; }
                i64 wide(i64 x) { IO.Print("w${x}"); return x; }
                string text(i32 x) { IO.Print("t${x}"); return "s"; }
                unit main() {
                    i32 mut i = 0;
                    while i < 2 {
                        narrow(i);
                        wide(10);
                        text(i);
                        i += 1;
                    }
                    for j in range(0, 2) { wide(20); narrow(j); }
                    IO.Println("");
                }
                """)).isEqualTo("n0w10t0n1w10t1w20n0w20n1\n");
    }

    @Test
    void anI64AssignedToANarrowerTypeWraps() {
        assertThat(out("""
                use Std.System.IO;
                u8 small(i64 v) { return v; }
                i32 medium(i64 v) { return v; }
                unit main() {
                    i64 a = 511;
                    i64 b = 1000;
                    i64 c = 4294967297;
                    u8 x = a;
                    i32 y = b;
                    i32 z = c;
                    IO.Println("${x} ${y} ${z} ${small(b)} ${medium(b)} ${medium(c)}");
                }
                """)).isEqualTo("255 1000 1 232 1000 1\n");
    }
}
