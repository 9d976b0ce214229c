package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Structs, contracts, enums, generics, closures, events and the ? operator, run end to end. */
class LoweringTypesTest {
    private static String out(String source) {
        Programs.Run r = Programs.run(source);
        assertThat(r.err()).isEmpty();
        return r.out();
    }

    @Test
    void testLower_structsAreSharedReferences() {
        assertThat(out("""
                use Std.System.IO;
                type P { i32 x, string name }
                impl P { unit Rename(string n) { this.name = n; this.x += 1; } }
                unit main() {
                    P p = P { x: 1, name: "a" };
                    P q = p;
                    q.Rename("b");
                    IO.Println("${p.x} ${p.name} ${p === q} ${p !== P { x: 2, name: "b" }}");
                }
                """)).isEqualTo("2 b true true\n");
    }

    @Test
    void testLower_contractsDispatchVirtually() {
        assertThat(out("""
                use Std.System.IO;
                use Std.Collections.Array;
                contract Named { string Name(); }
                contract Shape { Named; i32 Area(); }
                type Sq : Shape { i32 s }
                type Rc : Shape { i32 w, i32 h }
                impl Sq { i32 Area() { return this.s * this.s; } string Name() { return "sq"; } }
                impl Rc { i32 Area() { return this.w * this.h; } string Name() { return "rc"; } }
                string describe(Named n) { return n.Name(); }
                unit main() {
                    Shape[] shapes = Array.New(2);
                    Array.Set(shapes, 0, Sq { s: 3 });
                    Array.Set(shapes, 1, Rc { w: 2, h: 5 });
                    for i in range(0, 2) {
                        Shape s = Array.Get(shapes, i);
                        IO.Println("${describe(s)} ${s.Area()}");
                    }
                }
                """)).isEqualTo("sq 9\nrc 10\n");
    }

    @Test
    void testLower_genericStructsAndFunctions() {
        assertThat(out("""
                use Std.System.IO;
                type Box<T> { T value }
                impl Box<T> { T Get() { return this.value; } unit Set(T v) { this.value = v; } }
                T id<T>(T x) { return x; }
                Box<T> wrap<T>(T x) { return Box { value: x }; }
                unit main() {
                    Box<i64> b = wrap(5);
                    b.Set(b.Get() * 3);
                    Box<bool> f = Box { value: false };
                    IO.Println("${b.Get()} ${id("s")} ${id(u8fn())} ${f.Get()} ${wrap("w").Get()}");
                }
                u8 u8fn() { return 200; }
                """)).isEqualTo("15 s 200 false w\n");
    }

    @Test
    void testLower_enumsAreImmutableValuesWithSingletons() {
        assertThat(out("""
                use Std.System.IO;
                enum Shape { Circle(i32 r), Rect(i32 w, i32 h), Empty }
                impl Shape {
                    i32 Area() {
                        return match this { Shape::Circle(r) => 3 * r * r, Shape::Rect(w, h) => w * h, Shape::Empty => 0 };
                    }
                }
                unit main() {
                    Shape e = Shape::Empty;
                    IO.Println("${Shape::Rect(2, 3).Area()} ${Shape::Circle(1).Area()} ${e.Area()} ${e === Shape::Empty()}");
                }
                """)).isEqualTo("6 3 0 true\n");
    }

    @Test
    void testLower_closuresCaptureByValue() {
        assertThat(out("""
                use Std.System.IO;
                i32 apply((i32) => i32 f, i32 x) { return f(x); }
                i32(i32) adder(i32 k) { return (i32 x) => x + k; }
                unit main() {
                    i32 mut base = 1;
                    let f = (i32 x) => x + base;
                    base = 100;
                    let g = adder(10);
                    let h = (i32 a) => (i32 b) => a * b + base;
                    IO.Println("${f(1)} ${apply(g, 5)} ${h(3)(4)} ${apply((y) => y * y, 7)}");
                }
                """)).isEqualTo("2 15 112 49\n");
    }

    @Test
    void testLower_namedFunctionsAsValues() {
        assertThat(out("""
                use Std.System.IO;
                i32 twice(i32 x) { return x * 2; }
                i32 apply(i32(i32) f, i32 x) { return f(x); }
                unit main() {
                    i32(i32) f = twice;
                    IO.Println("${apply(twice, 4)} ${f(5)} ${apply(IO2.dec, 1)}");
                }
                mod IO2 { pub i32 dec(i32 x) { return x - 1; } }
                """)).isEqualTo("8 10 0\n");
    }

    @Test
    void testLower_lambdaBlocksReturnAndInferResult() {
        assertThat(out("""
                use Std.System.IO;
                unit main() {
                    let classify = (i32 n) => {
                        if n < 0 { return "neg"; }
                        return "non-neg";
                    };
                    unit() hello = () => { IO.Println("hello"); };
                    hello();
                    IO.Println(classify(-1) + " " + classify(1));
                }
                """)).isEqualTo("hello\nneg non-neg\n");
    }

    @Test
    void testLower_eventsCallHandlersInOrder() {
        assertThat(out("""
                use Std.System.IO;
                type Button { string label, event{2} Clicked(string who, i32 n) }
                unit main() {
                    Button b = Button { label: "ok" };
                    string prefix = "h";
                    unit(string, i32) first = (string s, i32 n) => { IO.Println("${prefix}1 ${s} ${n}"); };
                    b.Clicked += first;
                    b.Clicked += (string s, i32 n) => { IO.Println("h2 ${s}"); };
                    b.Clicked("x", 1);
                    b.Clicked -= first;
                    b.Clicked("y", 2);
                    b.Clicked -= first;
                }
                """)).isEqualTo("h1 x 1\nh2 x\nh2 y\n");
    }

    @Test
    void testLower_eventCapacityExceededPanics() {
        Programs.Run r = Programs.run("ev.bd", """
                type T { event{1} E() }
                unit main() {
                    T t = T { };
                    t.E += () => { };
                    t.E += () => { };
                }
                """);
        assertThat(r.err()).contains("panic: event capacity exceeded").contains("ev.bd:5");
    }

    @Test
    void testLower_tryReturnsOrPanics() {
        Programs.Run r = Programs.run("try.bd", """
                use Std.System.IO;
                enum Result<T> { Ok(T value), Error(string message) }
                Result<i32> half(i32 x) {
                    if x % 2 != 0 { return Result::Error("odd ${x}"); }
                    return Result::Ok(x / 2);
                }
                Result<i32> quarter(i32 x) { return Result::Ok(half(half(x)?)?); }
                unit main() {
                    IO.Println(match quarter(8) { Result::Ok(v) => "ok ${v}", Result::Error(m) => m });
                    IO.Println(match quarter(6) { Result::Ok(v) => "ok ${v}", Result::Error(m) => m });
                    i32 v = half(5)?;
                }
                """);
        assertThat(r.out()).isEqualTo("ok 2\nodd 3\n");
        assertThat(r.err()).isEqualTo("panic: Error: odd 5\n  at try.bd:11\n");
    }

    @Test
    void testLower_tryPanicsWithVariantNameWithoutStringPayload() {
        Programs.Run r =
                Programs.run("enum E { Good(i32 v), Bad(i32 code), Worse }\nunit main() { i32 x = E::Worse?; }\n");
        assertThat(r.err()).startsWith("panic: Worse\n");
    }

    @Test
    void testLower_functionValuesCrossGenericBoundaries() {
        assertThat(out("""
                use Std.System.IO;
                use Std.Collections.List;
                T apply<T>((T) => T f, T x) { return f(x); }
                List<U> mapList<T, U>(List<T> l, (T) => U f) {
                    List<U> res = List.New();
                    for i in range(0, List.Len(l)) { List.Push(res, f(List.Get(l, i))); }
                    return res;
                }
                unit main() {
                    let inc = (i32 x) => x + 1;
                    List<i32> l = List.New();
                    List.Push(l, 1);
                    List.Push(l, 2);
                    List<string> s = mapList(l, (i32 x) => "<${x * 10}>");
                    IO.Println("${apply(inc, 41)} ${apply((string s) => s + "!", "hi")} ${List.Get(s, 1)}");
                }
                """)).isEqualTo("42 hi! <20>\n");
    }

    @Test
    void testLower_genericEnumMethods() {
        assertThat(out("""
                use Std.System.IO;
                enum Option<T> { Some(T value), None }
                impl Option<T> {
                    T Or(T d) { return match this { Option::Some(v) => v, Option::None => d }; }
                }
                unit main() {
                    Option<i64> o = Option::None;
                    Option<i64> p = Option::Some(7);
                    IO.Println("${o.Or(3)} ${p.Or(3)}");
                }
                """)).isEqualTo("3 7\n");
    }

    @Test
    void testLower_recursiveEnums() {
        assertThat(out("""
                use Std.System.IO;
                enum Tree { Leaf, Node(Tree left, i32 value, Tree right) }
                Tree insert(Tree t, i32 v) {
                    return match t {
                        Tree::Leaf => Tree::Node(Tree::Leaf, v, Tree::Leaf),
                        Tree::Node(l, x, r) when v < x => Tree::Node(insert(l, v), x, r),
                        Tree::Node(l, x, r) => Tree::Node(l, x, insert(r, v)),
                    };
                }
                string show(Tree t) {
                    return match t { Tree::Leaf => "", Tree::Node(l, x, r) => show(l) + "${x} " + show(r) };
                }
                unit main() {
                    Tree mut t = Tree::Leaf;
                    for i in range(0, 5) { t = insert(t, (i * 7) % 5); }
                    IO.Println(show(t));
                }
                """)).isEqualTo("0 1 2 3 4 \n");
    }

    @Test
    void testLower_functionsNamedLikeFinalObjectMethods() {
        assertThat(out("""
                use Std.System.IO;
                type P { i32 x }
                impl P { unit wait() { IO.Println("waited"); } i32 getClass() { return 3; } }
                contract C { unit notifyAll(); }
                type Q : C { i32 y }
                impl Q { unit notifyAll() { IO.Println("all"); } }
                unit notify() { IO.Println("notified"); }
                unit main() {
                    P p = P { x: 1 };
                    C c = Q { y: 2 };
                    p.wait();
                    notify();
                    c.notifyAll();
                    IO.Println("${p.getClass()}");
                }
                """)).isEqualTo("waited\nnotified\nall\n3\n");
    }

    @Test
    void testLower_aStructUsedAsItsContractIsTheSameObject() {
        assertThat(out("""
                use Std.System.IO;
                contract C { i32 Get(); }
                type T : C { i32 v }
                impl T { i32 Get() { return this.v; } }
                unit main() {
                    T t = T { v: 4 };
                    C c = t;
                    t.v = 5;
                    IO.Println("${c === t} ${c.Get()}");
                }
                """)).isEqualTo("true 5\n");
    }

    @Test
    void testLower_eventsHoldEightHandlersByDefault() {
        Programs.Run r = Programs.run("ev.bd", """
                use Std.System.IO;
                type T { event E(i32 n) }
                unit main() {
                    T t = T { };
                    for i in range(0, 8) { t.E += (i32 n) => { IO.Print("${n}"); }; }
                    t.E(1);
                    IO.Println("");
                    t.E += (i32 n) => { };
                }
                """);
        assertThat(r.out()).isEqualTo("11111111\n");
        assertThat(r.err()).isEqualTo("panic: event capacity exceeded\n  at ev.bd:8\n");
    }

    @Test
    void testLower_methodsAsValuesAreBoundToTheirReceiver() {
        assertThat(out("""
                use Std.System.IO;
                type Logger { string prefix }
                impl Logger { unit Log(string s) { IO.Println(this.prefix + s); } }
                type Button { event Clicked(string who) }
                type Box<T> { T v }
                impl Box<T> { T Get() { return this.v; } }
                contract Named { string Name(); }
                type Dog : Named { i32 x }
                impl Dog { string Name() { return "dog"; } }
                unit main() {
                    Button b = Button { };
                    b.Clicked += Logger { prefix: "> " }.Log;
                    b.Clicked("click");
                    Box<i64> bx = Box { v: 42 };
                    i64() g = bx.Get;
                    Named n = Dog { x: 1 };
                    string() name = n.Name;
                    IO.Println("${g()} ${name()}");
                }
                """)).isEqualTo("> click\n42 dog\n");
    }

    @Test
    void testLower_matchWithoutExpectedTypeTakesTheFirstTypedArm() {
        assertThat(out("""
                use Std.System.IO;
                unit main() {
                    i64 big = 5000000000;
                    let x = match big > 0 { true => 1, false => big };
                    i64 y = x;
                    let s = match 3 { 3 => "s", _ => __panic_str("no") };
                    IO.Println("${y} ${s}");
                }
                """)).isEqualTo("1 s\n");
    }

    @Test
    void testLower_genericFunctionsAsValuesTakeTheirTypeFromTheContext() {
        assertThat(out("""
                use Std.System.IO;
                T id<T>(T x) { return x; }
                unit main() {
                    i64(i64) f = id;
                    string(string) g = id;
                    IO.Println("${f(5)} ${g("s")}");
                }
                """)).isEqualTo("5 s\n");
    }
}
