package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A zeroed string element is "" wherever it is read, also after passing through generic code
 * as an erased value: into a lambda made for a generic parameter, a function value passed on
 * as it is, a named function, a method bound to a struct or a contract value, and out of a
 * generic identity.
 */
class ZeroedStringTest {
    private static final String PRELUDE = """
            use Std.System.IO;
            use Std.Collections.Array;
            use Std.Core.String;

            U first<T, U>(T[] arr, U(T) f) {
                return f(Array.Get(arr, 0));
            }

            T keep<T>(T x) { return x; }

            T at<T>(T[] arr) { return keep(Array.Get(arr, 0)); }

            string mark(string s) { return s + "!"; }

            contract Putter { string Put(string s); }

            type Tag : Putter { string label }

            impl Tag {
                string Put(string s) { return this.label + s + "|"; }
            }

            """;

    private static Programs.Run run(String main) {
        return Programs.run(PRELUDE + main);
    }

    @Test
    void lambdaForAGenericParameterSeesAZeroedStringAsEmpty() {
        Programs.Run r = run("""
                i32 main() {
                    string[] arr = Array.New(2);
                    IO.Println("[" + first(arr, (string s) => s + "?") + "]");
                    IO.Println("[" + first(arr, (string s) => "${s}?") + "]");
                    return 3;
                }
                """);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("[?]\n[?]\n");
        assertThat(r.exit()).isEqualTo(3);
    }

    @Test
    void functionValuesPassedAsTheyAreSeeAZeroedStringAsEmpty() {
        Programs.Run r = run("""
                i32 main() {
                    string[] arr = Array.New(1);
                    string(string) g = (string s) => "<${s}>";
                    IO.Println(first(arr, g));
                    IO.Println(first(arr, mark));
                    string(string) m = mark;
                    IO.Println(first(arr, m));
                    Tag t = Tag { label: "t" };
                    IO.Println(first(arr, t.Put));
                    Putter p = t;
                    IO.Println(first(arr, p.Put));
                    return 0;
                }
                """);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("<>\n!\n!\nt|\nt|\n");
        assertThat(r.exit()).isZero();
    }

    @Test
    void aZeroedStringThroughAGenericIdentityIsEmpty() {
        Programs.Run r = run("""
                i32 main() {
                    string[] arr = Array.New(1);
                    string s = at(arr);
                    IO.Println("[${s}] ${String.Len(s)}");
                    IO.Println("[" + keep(s) + "]");
                    return 0;
                }
                """);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("[] 0\n[]\n");
        assertThat(r.exit()).isZero();
    }
}
