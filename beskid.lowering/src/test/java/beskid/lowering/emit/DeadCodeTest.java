package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Code after a value that never comes (a panic passed as an argument) is dropped together with
 * its line entries and local names: the class loads and the panic names its line.
 */
class DeadCodeTest {
    @Test
    void statementsAfterAnArgumentThatNeverReturnsAreDropped() {
        Programs.Run r = Programs.run("p.bd", """
                use Std.System.IO;
                i32 id(i32 v) { return v; }
                i32 main() {
                    IO.Println("before");
                    i32 y = id(__panic_str("stop"));
                    i32 z = y + 1;
                    IO.Println("${z}");
                    return z;
                }
                """, "", List.of());
        assertThat(r.out()).isEqualTo("before\n");
        assertThat(r.err()).isEqualTo("panic: stop\n  at p.bd:5\n");
        assertThat(r.exit()).isEqualTo(101);
    }
}
