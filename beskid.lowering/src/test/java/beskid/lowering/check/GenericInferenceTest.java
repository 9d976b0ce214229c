package beskid.lowering.check;

import static beskid.lowering.emit.Programs.errors;
import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.emit.Programs;
import org.junit.jupiter.api.Test;

/**
 * Type arguments inferred from the arguments of a call: literals wait for the other arguments
 * (or default to i32), an untyped lambda takes what the literals said, a typed lambda decides
 * itself; what nothing can decide is reported once at the call, with the argument that did not
 * fit shown with its generic type. Values whose use is discarded are dropped.
 */
class GenericInferenceTest {
    private static String out(String source) {
        Programs.Run r = Programs.run("app.bd", source);
        assertThat(r.err()).isEmpty();
        return r.out();
    }

    @Test
    void testLiterals_waitForTheOtherArgumentsAndLambdas() {
        assertThat(out("""
                use Std.System.IO;
                T apply<T>(T x, (T) => T f) { return f(x); }
                T second<T>(T a, T b) { return b; }
                T id<T>(T x) { return x; }
                unit main() {
                    i64 big = 3000000000;
                    let a = apply(1, (x) => x + 1);
                    let b = apply(3000000000, (i64 x) => x + 1);
                    let c = second(1, big);
                    let d = second(big, 2);
                    let e = id(5);
                    IO.Println("${a} ${b} ${c} ${d} ${e + 2147483647}");
                }
                """)).isEqualTo("2 3000000001 3000000000 2 -2147483644\n");
    }

    @Test
    void testUndecidable_reportedAtTheCallAndTheArgument() {
        assertThat(errors("app.bd", """
                T get<T>(Box<T> b) { return b.v; }
                T apply<T>(T x, (T) => T f) { return f(x); }
                type Box<T> { T v }
                unit main() {
                    let a = get(5);
                    let b = get("s");
                    let c = apply(3000000000, (x) => x);
                    let d = get(nope);
                }
                """))
                .containsExactly(
                        "app.bd:5:13: error[E0310]: cannot infer the type argument T of `get`; give the type explicitly"
                                + " (e.g. on the variable)",
                        "app.bd:5:17: error[E0301]: type mismatch: expected Box<T>, found i32",
                        "app.bd:6:13: error[E0310]: cannot infer the type argument T of `get`; give the type explicitly"
                                + " (e.g. on the variable)",
                        "app.bd:6:17: error[E0301]: type mismatch: expected Box<T>, found string",
                        "app.bd:7:19: error[E0302]: the constant 3000000000 is out of range for i32",
                        "app.bd:8:13: error[E0310]: cannot infer the type argument T of `get`; give the type explicitly"
                                + " (e.g. on the variable)",
                        "app.bd:8:17: error[E0201]: undefined name `nope`");
    }

    @Test
    void testDiscardedValues_ofLambdaBodiesAndMatchArmsAreDropped() {
        assertThat(out("""
                use Std.System.IO;
                type Counter { i32 n }
                i32 bump(Counter c) { c.n = c.n + 1; return c.n; }
                unit main() {
                    Counter c = Counter { n: 0 };
                    unit(Counter) f = (Counter k) => bump(k);
                    f(c);
                    f(c);
                    match c.n { 2 => IO.Println("two"), _ => bump(c) };
                    match c.n { 2 => bump(c), _ => IO.Println("other") };
                    IO.Println("${c.n}");
                }
                """)).isEqualTo("two\n3\n");
    }
}
