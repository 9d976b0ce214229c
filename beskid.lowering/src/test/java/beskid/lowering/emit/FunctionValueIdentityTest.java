package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code ===} and {@code !==} on function values: identity, through any wrappers of generic passing. */
class FunctionValueIdentityTest {
    private static String out(String source) {
        Programs.Run r = Programs.run(source);
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        return r.out();
    }

    @Test
    void plainFunctionValuesCompareByIdentityWithoutAnyWrapper() {
        assertThat(out("""
                use Std.System.IO;
                unit h(i32 n) { }
                unit k(i32 n) { }
                unit main() {
                    unit(i32) f = h;
                    unit(i32) g = k;
                    unit(i32) f2 = f;
                    IO.Println("${f === f2} ${f === g} ${f !== g} ${g !== g}");
                }
                """)).isEqualTo("true false true false\n");
    }

    @Test
    void aWrappedValueIsItselfAndNoOtherFunction() {
        assertThat(out("""
                use Std.System.IO;
                unit(A) same<A>(unit(A) f) { return f; }
                bool eq<A>(unit(A) f, unit(A) g) { return f === g; }
                unit h(i32 n) { }
                unit k(i32 n) { }
                unit main() {
                    unit(i32) f = h;
                    unit(i32) g = k;
                    IO.Println("${same(f) === f} ${same(f) === g} ${eq(f, g)} ${eq(g, g)} ${same(g) !== f}");
                }
                """)).isEqualTo("true false false true true\n");
    }

    @Test
    void valuesWrappedTwiceOnTheWayToAMoreGenericShapeAreStillTheirFunction() {
        assertThat(out("""
                use Std.System.IO;
                bool cmp<B, C>(C(B) x, C(B) y) { return x === y; }
                bool mid<A>(i64(A) g, i64(A) h) { return cmp(g, h); }
                i64 inc(i64 x) { return x + 1; }
                i64 dec(i64 x) { return x - 1; }
                unit main() {
                    i64(i64) f = inc;
                    IO.Println("${mid(f, f)} ${mid(f, dec)}");
                }
                """)).isEqualTo("true false\n");
    }
}
