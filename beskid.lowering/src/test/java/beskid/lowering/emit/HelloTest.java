package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelloTest {
    @Test
    void testLower_hello() {
        Programs.Run r = Programs.run("hello.bd", """
                use Std.System.IO;

                i32 main() {
                    IO.Println("Hello, Beskid!");
                    return 0;
                }
                """);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("Hello, Beskid!\n");
        assertThat(r.exit()).isZero();
    }
}
