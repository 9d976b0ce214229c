package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Statements, evaluation order, short-circuiting, matches and deep recursion. */
class LoweringControlFlowTest {
    private static String out(String source) {
        Programs.Run r = Programs.run(source);
        assertThat(r.err()).isEmpty();
        return r.out();
    }

    @Test
    void testLower_loopsBreakContinue() {
        assertThat(out("""
                use Std.System.IO;
                unit main() {
                    string mut s = "";
                    for i in range(0, 10) {
                        if i % 2 == 0 { continue; }
                        if i > 7 { break; }
                        s += "${i}";
                    }
                    i64 mut j = 5;
                    while j > 0 { j -= 2; }
                    for k in range(3, 3) { s += "never"; }
                    IO.Println("${s} ${j}");
                }
                """)).isEqualTo("1357 -1\n");
    }

    @Test
    void testLower_rangeEvaluatesBoundsOnceInOrder() {
        assertThat(out("""
                use Std.System.IO;
                i32 tell(string s, i32 v) { IO.Print(s); return v; }
                unit main() {
                    for i in range(tell("a", 0), tell("b", 3)) { IO.Print("${i}"); }
                    IO.Println("");
                }
                """)).isEqualTo("ab012\n");
    }

    @Test
    void testLower_argumentsAndFieldsLeftToRight() {
        assertThat(out("""
                use Std.System.IO;
                type P { i32 x, i32 y }
                i32 tell(string s, i32 v) { IO.Print(s); return v; }
                i32 add(i32 a, i32 b) { return a + b; }
                unit main() {
                    P p = P { y: tell("y", 1), x: tell("x", 2) };
                    i32 s = add(tell("1", 1), tell("2", 2)) + tell("3", 3);
                    IO.Println(" ${p.x}${p.y}${s}");
                }
                """)).isEqualTo("yx123 216\n");
    }

    @Test
    void testLower_shortCircuit() {
        assertThat(out("""
                use Std.System.IO;
                bool t(string s) { IO.Print(s); return true; }
                bool f(string s) { IO.Print(s); return false; }
                unit main() {
                    bool a = f("a") && t("b");
                    bool b = t("c") || f("d");
                    bool c = !(f("e") || t("f")) && t("g");
                    IO.Println(" ${a} ${b} ${c}");
                }
                """)).isEqualTo("acef false true false\n");
    }

    @Test
    void testLower_matchLiteralsGuardsAndBindings() {
        assertThat(out("""
                use Std.System.IO;
                string word(i64 n) {
                    return match n { 0 => "zero", -1 => "minus one", k when k > 100 => "big", _ => "other" };
                }
                string name(string s) { return match s { "a" => "A", other => other + "?" }; }
                string yes(bool b) { return match b { true => "yes", false => "no" }; }
                string kind(char c) { return match c { 'x' => "ex", _ => "not ex" }; }
                unit main() {
                    IO.Println("${word(0)} ${word(-1)} ${word(500)} ${word(7)} ${name("a")} ${name("b")} ${yes(false)} ${kind('x')}");
                }
                """)).isEqualTo("zero minus one big other A b? no ex\n");
    }

    @Test
    void testLower_matchStatementDropsArmValues() {
        assertThat(out("""
                use Std.System.IO;
                enum E { A(i32 x), B }
                i32 side(i32 v) { IO.Print("s"); return v; }
                unit main() {
                    match E::A(3) { E::A(x) => side(x), E::B => 0 };
                    match E::B { E::A(x) => IO.Println("a"), E::B => IO.Println("b") };
                }
                """)).isEqualTo("sb\n");
    }

    @Test
    void testLower_nestedPatterns() {
        assertThat(out("""
                use Std.System.IO;
                enum Option<T> { Some(T value), None }
                string f(Option<Option<i32>> o) {
                    return match o {
                        Option::Some(Option::Some(0)) => "zero",
                        Option::Some(Option::Some(n)) => "some ${n}",
                        Option::Some(Option::None) => "inner none",
                        Option::None => "none",
                    };
                }
                unit main() {
                    IO.Println(f(Option::Some(Option::Some(0))) + " " + f(Option::Some(Option::Some(4)))
                        + " " + f(Option::Some(Option::None)) + " " + f(Option::None));
                }
                """)).isEqualTo("zero some 4 inner none none\n");
    }

    @Test
    void testLower_recursion100000Deep() {
        assertThat(out("""
                use Std.System.IO;
                i64 depth(i64 n) {
                    if n == 0 { return 0; }
                    return 1 + depth(n - 1);
                }
                unit main() { IO.Println("${depth(100000)}"); }
                """)).isEqualTo("100000\n");
    }

    @Test
    void testLower_panicStrReportsMessageAndLine() {
        Programs.Run r = Programs.run("p.bd", "i32 main() {\n    __panic_str(\"boom\");\n    return 0;\n}\n");
        assertThat(r.exit()).isEqualTo(101);
        assertThat(r.err()).isEqualTo("panic: boom\n  at p.bd:2\n");
    }

    @Test
    void testLower_inlineModules() {
        assertThat(out("""
                use Std.System.IO;
                mod geometry {
                    pub type Point { i32 x, i32 y }
                    pub i32 twice(i32 x) { return x * 2; }
                }
                unit main() {
                    geometry.Point p = geometry.Point { x: 1, y: 2 };
                    IO.Println("${geometry.twice(p.y)}");
                }
                """)).isEqualTo("4\n");
    }

    @Test
    void testLower_refParameters() {
        assertThat(out("""
                use Std.System.IO;
                unit swap(ref i32 a, ref i32 b) { i32 t = a; a = b; b = t; }
                unit fill(out string s) { s = "filled"; }
                unit main() {
                    i32 mut x = 1;
                    i32 mut y = 2;
                    string mut s = "";
                    swap(x, y);
                    fill(s);
                    IO.Println("${x} ${y} ${s}");
                }
                """)).isEqualTo("2 1 filled\n");
    }

    @Test
    void testLower_breakAndContinueInsideExpressionsDropPendingOperands() {
        assertThat(out("""
                use Std.System.IO;
                use Std.Collections.List;
                i64 add(i64 a, i64 b) { return a + b; }
                unit main() {
                    i64 mut total = 0;
                    List<string> l = List.New();
                    for x in range(0, 10) {
                        total = add(total * 1, match x % 4 { 0 => { continue; }, 3 => match x > 6 { true => { break; }, false => x }, _ => x });
                        List.Push(l, "${x}:${match x { 5 => { continue; }, _ => x }}");
                        i32 mut k = 0;
                        while true {
                            k += 1;
                            IO.Print("${k}${match k { 2 => { break; }, _ => k }}");
                        }
                    }
                    IO.Println(" total=${total} n=${List.Len(l)}");
                }
                """)).isEqualTo("11111111 total=17 n=4\n");
    }

    @Test
    void testLower_refParametersOfGenericAndReferenceTypes() {
        assertThat(out("""
                use Std.System.IO;
                type P { i32 x }
                unit set<T>(out T x, T v) { x = v; }
                unit bump(ref i64 n, i64 by) { n += by; }
                unit swapP(ref P a, ref P b) { P t = a; a = b; b = t; }
                unit twice(ref i64 n) { bump(n, 1); bump(n, 1); let f = () => n * 10; n = f(); }
                unit main() {
                    i32 mut a = 0;
                    string mut s = "";
                    set(a, 5);
                    set(s, "hi");
                    i64 mut n = 1;
                    bump(n, 41);
                    twice(n);
                    P mut p = P { x: 1 };
                    P mut q = P { x: 2 };
                    swapP(p, q);
                    IO.Println("${a} ${s} ${n} ${p.x} ${q.x}");
                }
                """)).isEqualTo("5 hi 440 2 1\n");
    }

    @Test
    void testLower_refAndOutMayBeWrittenAtTheCallSite() {
        assertThat(out("""
                use Std.System.IO;
                unit swap(ref i32 a, ref i32 b) { i32 t = a; a = b; b = t; }
                unit fill(out string s) { s = "set"; }
                unit main() {
                    i32 mut x = 1;
                    i32 mut y = 2;
                    string mut s = "";
                    swap(ref x, ref y);
                    fill(out s);
                    IO.Println("${x} ${y} ${s}");
                }
                """)).isEqualTo("2 1 set\n");
    }
}
