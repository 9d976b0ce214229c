package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** `+=` and `-=` on a field whose declared type is a type parameter read and write the value as its type. */
class GenericFieldUpdateTest {
    @Test
    void compoundAssignmentToAGenericField() {
        Programs.Run r = Programs.run("""
                use Std.System.IO;
                type Box<T> { T v }
                unit main() {
                    Box<i64> b = Box { v: 40 };
                    b.v += 3;
                    b.v -= 1;
                    Box<i32> c = Box { v: 7 };
                    c.v += 1;
                    Box<u8> d = Box { v: 250 };
                    d.v += 10;
                    IO.Println("${b.v} ${c.v} ${d.v}");
                }
                """);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("42 8 4\n");
    }
}
