package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A panic names the line of the construct that failed (`at file.bd:N`), also when that
 * construct is a call, a closure body or an expression continued from an earlier line.
 */
class PanicPositionTest {
    private static String panic(String source) {
        Programs.Run r = Programs.run("p.bd", source);
        assertThat(r.exit()).isEqualTo(101);
        return r.err();
    }

    @Test
    void testPanic_inABuiltinCallOnAContinuedLine() {
        assertThat(panic("""
                i32 main() {
                    string s = "a" +
                        "b";
                    i32 n = 1 +
                        __panic_str(s);
                    return n;
                }
                """)).isEqualTo("panic: ab\n  at p.bd:5\n");
    }

    @Test
    void testPanic_inAnInteropCallOnAContinuedLine() {
        assertThat(panic("""
                use Std.Core.String;
                i32 main() {
                    i64 n = 1 +
                        String.ParseI64("x");
                    return 0;
                }
                """)).isEqualTo("panic: invalid integer: x\n  at p.bd:4\n");
    }

    @Test
    void testPanic_inAStdFunctionNamesTheCallersLine() {
        assertThat(panic("""
                use Std.Collections.List;
                i32 main() {
                    List<i32> l = List.New();
                    i32 n = 1 +
                        List.Get(l, 3);
                    return n;
                }
                """)).isEqualTo("panic: index out of bounds: 3 (len 0)\n  at p.bd:5\n");
    }

    @Test
    void testPanic_inAClosureBody() {
        assertThat(panic("""
                use Std.Core.String;
                i32 main() {
                    i64(string) parse =
                        (string s) => String.ParseI64(s);
                    i64 n = parse("q");
                    return 0;
                }
                """)).isEqualTo("panic: invalid integer: q\n  at p.bd:4\n");
    }

    @Test
    void testPanic_inAnArrayAccessOnAContinuedLine() {
        assertThat(panic("""
                use Std.Collections.Array;
                i32 main() {
                    i32[] a = Array.New(2);
                    i32 n = 1 +
                        Array.Get(a, 2);
                    return n;
                }
                """)).isEqualTo("panic: index out of bounds: 2 (len 2)\n  at p.bd:5\n");
    }

    @Test
    void testPanic_inACallOfAFunctionValueNamingAStdFunction() {
        assertThat(panic("""
                use Std.Collections.List;
                i32 main() {
                    i32(List<i32>, i64) get = List.Get;
                    List<i32> l = List.New();
                    i32 n = 1 +
                        get(l, 4);
                    return n;
                }
                """)).isEqualTo("panic: index out of bounds: 4 (len 0)\n  at p.bd:6\n");
    }

    @Test
    void testPanic_ofATryOnAContinuedLine() {
        assertThat(panic("""
                enum Result { Ok(i32 value), Error(string message) }
                Result check(i32 x) { return Result::Error("negative"); }
                i32 main() {
                    Result r = check(-1);
                    i32 v = 1 +
                        r?;
                    return v;
                }
                """)).isEqualTo("panic: Error: negative\n  at p.bd:6\n");
    }

    @Test
    void testPanic_ofAFullEventOnAContinuedLine() {
        assertThat(panic("""
                type Button { event{1} Clicked(string label) }
                i32 main() {
                    Button mut b = Button { };
                    unit(string) h = (string s) => { };
                    b.Clicked += h;
                    b.Clicked
                        += h;
                    return 0;
                }
                """)).isEqualTo("panic: event capacity exceeded\n  at p.bd:6\n");
    }

    @Test
    void testPanic_ofAFullEventInAClosureBodyOnItsOwnLine() {
        assertThat(panic("""
                type Button { event{1} Clicked(string label) }
                i32 main() {
                    Button b = Button { };
                    unit(string) h = (string s) => { };
                    unit() add = () =>
                        b.Clicked += h;
                    add();
                    add();
                    return 0;
                }
                """)).isEqualTo("panic: event capacity exceeded\n  at p.bd:6\n");
    }
}
