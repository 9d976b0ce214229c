package beskid.lowering.check;

import static beskid.lowering.emit.Programs.errors;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names, types, reference equality, exhaustiveness, mutability, returns, generics, contracts. */
class CheckerRulesTest {
    @Test
    void testCheck_undefinedNameAtItsPosition() {
        assertThat(errors("i32 main() {\n    i32 a = 1;\n    return a + undefined_name;\n}\n"))
                .containsExactly("test.bd:3:16: error[E0201]: undefined name `undefined_name`");
    }

    @Test
    void testCheck_allErrorsOfAFileAreReported() {
        assertThat(errors("i32 main() {\n    i32 a = x;\n    i32 b = y;\n    return z;\n}\n"))
                .hasSize(3);
    }

    @Test
    void testCheck_equalityOnReferencesIsAnError() {
        assertThat(errors("""
                type P { i32 x }
                enum E { A, B }
                bool f(P p, P q, E e, i32(i32) g) {
                    bool a = p === q;
                    bool b = e == E::A;
                    bool c = g == g;
                    return p == q;
                }
                """))
                .containsExactly(
                        "test.bd:5:16: error[E0305]: `==` cannot compare values of type E (a reference type); use `===` to compare identity",
                        "test.bd:6:16: error[E0305]: `==` cannot compare values of type i32(i32) (a reference type); use `===` to compare identity",
                        "test.bd:7:14: error[E0305]: `==` cannot compare values of type P (a reference type); use `===` to compare identity");
    }

    @Test
    void testCheck_matchMustBeExhaustive() {
        assertThat(errors("""
                enum E { A, B(i32 x), C }
                i32 f(E e, bool b, i32 n) {
                    i32 x = match e { E::A => 1, E::B(v) when v > 0 => v, E::C => 2 };
                    i32 y = match b { true => 1 };
                    i32 z = match n { 0 => 1 };
                    i32 ok = match e { E::A => 1, _ => 2 };
                    i32 ok2 = match b { true => 1, false => 0 };
                    return match e { E::B(_) => 1, other => 2 };
                }
                """))
                .containsExactly(
                        "test.bd:3:13: error[E0306]: non-exhaustive match: `E::B` is not covered; add an arm for it or a `_` arm",
                        "test.bd:4:13: error[E0306]: non-exhaustive match: `false` is not covered; add an arm for it or a `_` arm",
                        "test.bd:5:13: error[E0306]: non-exhaustive match: not every i32 value is covered; add an arm for it or a `_` arm");
    }

    @Test
    void testCheck_mutRules() {
        assertThat(errors("""
                type P { i32 x }
                unit f(i32 a, P p) {
                    a = 1;
                    p.x = 2;
                    i32 mut m = 0;
                    m += 1;
                    i32 k = 0;
                    k -= 1;
                }
                """))
                .containsExactly(
                        "test.bd:3:5: error[E0308]: cannot assign to immutable `a`; declare it `mut`",
                        "test.bd:8:5: error[E0308]: cannot assign to immutable `k`; declare it `mut`");
    }

    @Test
    void testCheck_missingReturn() {
        assertThat(errors("""
                i32 f(bool b) {
                    if b { return 1; }
                }
                i32 g(bool b) {
                    if b { return 1; } else { return 2; }
                }
                i32 h() {
                    while true { }
                }
                i32 k() {
                    __panic_str("no");
                }
                """))
                .containsExactly(
                        "test.bd:3:1: error[E0307]: missing return: `f` must return a value of type i32 on every path");
    }

    @Test
    void testCheck_structLiteralGivesEveryFieldOnce() {
        assertThat(errors("""
                type P { i32 x, i32 y, event Moved(i32 x) }
                unit f() {
                    P a = P { x: 1 };
                    P b = P { x: 1, y: 2, x: 3 };
                    P c = P { x: 1, y: 2, Moved: 3 };
                }
                """))
                .containsExactly(
                        "test.bd:3:11: error[E0309]: missing field `y` in the `P` literal",
                        "test.bd:4:27: error[E0309]: the field `x` is given twice",
                        "test.bd:5:27: error[E0309]: `Moved` is an event (events start empty)");
    }

    @Test
    void testCheck_genericsInferredFromExpectedTypeThenPayload() {
        assertThat(errors("""
                enum Option<T> { Some(T value), None }
                unit f() {
                    Option<i64> a = Option::None;
                    let b = Option::Some("x");
                    Option<i64> c = Option::Some(5);
                    let d = Option::None;
                }
                """))
                .containsExactly("test.bd:6:13: error[E0310]: cannot infer the type argument T of `Option`; "
                        + "give the type explicitly (e.g. on the variable)");
    }

    @Test
    void testCheck_contractMustBeImplemented() {
        assertThat(errors("""
                contract Named { string Name(); }
                contract Shape { Named; i32 Area(); }
                type Sq : Shape { i32 s }
                impl Sq { i32 Area() { return this.s * this.s; } }
                """))
                .containsExactly(
                        "test.bd:3:1: error[E0311]: the type `Sq` does not implement `Named.Name` of contract `Shape`");
    }

    @Test
    void testCheck_structIsUsableWhereItsContractIsExpected() {
        assertThat(errors("""
                contract Named { string Name(); }
                contract Shape { Named; i32 Area(); }
                type Sq : Shape { i32 s }
                impl Sq {
                    i32 Area() { return this.s * this.s; }
                    string Name() { return "sq"; }
                }
                string name(Named n) { return n.Name(); }
                string f(Sq q) { Shape s = q; return name(s) + name(q); }
                """)).isEmpty();
    }

    @Test
    void testCheck_lambdasCaptureValuesSoAssigningACaptureIsAnError() {
        assertThat(errors("""
                unit f() {
                    i32 mut n = 0;
                    let g = () => { n = 1; };
                }
                """))
                .containsExactly(
                        "test.bd:3:21: error[E0308]: cannot assign to `n` inside a lambda: lambdas capture the value, not the variable");
    }

    @Test
    void testCheck_lambdaParameterTypesFromExpectedType() {
        assertThat(errors("""
                i32 apply(i32(i32) f) { return f(1); }
                i32 g() { return apply((x) => x + 1); }
                unit h() { let k = (x) => x; }
                """))
                .containsExactly(
                        "test.bd:3:21: error[E0310]: cannot infer the type of the parameter `x`; write its type");
    }

    @Test
    void testCheck_tryNeedsAnEnumWithASuccessPayload() {
        assertThat(errors("""
                enum E { A, B(i32 x) }
                i32 f(E e, i32 n) { return e? + n?; }
                """))
                .containsExactly(
                        "test.bd:2:29: error[E0312]: `?` needs an enum whose first variant carries the success value, not E",
                        "test.bd:2:34: error[E0312]: `?` needs an enum whose first variant carries the success value, not i32");
    }

    @Test
    void testCheck_breakOutsideLoop() {
        assertThat(errors("unit f() {\n    break;\n    while true { let g = () => { continue; }; break; }\n}\n"))
                .containsExactly(
                        "test.bd:2:5: error[E0401]: `break` outside of a loop",
                        "test.bd:3:34: error[E0401]: `continue` outside of a loop");
    }

    @Test
    void testCheck_mainSignature() {
        assertThat(errors("string main() { return \"\"; }\n"))
                .containsExactly("test.bd:1:1: error[E0403]: `main` must return i32, i64 or unit, not string");
    }

    @Test
    void testCheck_unknownUse() {
        assertThat(errors("use Std.Nothing.Here;\nunit main() { }\n"))
                .containsExactly("test.bd:1:1: error[E0204]: unknown module or item `Std.Nothing.Here`");
    }

    @Test
    void testCheck_interopWithoutTagIsAnError() {
        assertThat(errors("[Interop] pub string Foo();\n"))
                .containsExactly("test.bd:1:1: error[E0402]: `test.Foo` has no interop tag in the ABI");
    }

    @Test
    void testCheck_callsCheckArityAndArguments() {
        assertThat(errors("""
                use Std.System.IO;
                i32 f(i32 a) { return a; }
                unit main() {
                    f(1, 2);
                    IO.Println(5);
                    __syscall_write(1);
                }
                """))
                .containsExactly(
                        "test.bd:4:5: error[E0304]: `f` takes 1 argument, not 2",
                        "test.bd:5:16: error[E0301]: type mismatch: expected string, found i32",
                        "test.bd:6:5: error[E0304]: `__syscall_write` takes 2 arguments, not 1");
    }

    @Test
    void testCheck_neverConvertsToAnyType() {
        assertThat(errors("i32 f(bool b) { i32 x = match b { true => 1, false => __panic_str(\"no\") }; return x; }\n"))
                .isEmpty();
    }

    @Test
    void testCheck_duplicateTestNames() {
        assertThat(errors("test A { }\ntest A { }\n"))
                .containsExactly("test.bd:2:1: error[E0203]: the test `A` is declared twice");
    }

    @Test
    void testCheck_pubControlsAccessFromOtherModules() {
        assertThat(errors("""
                mod inner {
                    pub i32 f() { return g(); }
                    i32 g() { return 1; }
                    type Hidden { i32 x }
                }
                use inner.g;
                i32 main() {
                    inner.Hidden h = inner.Hidden { x: 1 };
                    return inner.f() + inner.g();
                }
                """))
                .containsExactly(
                        "test.bd:6:1: error[E0207]: `inner.g` is not pub",
                        "test.bd:8:5: error[E0207]: the type `Hidden` of module `test.inner` is not pub",
                        "test.bd:8:22: error[E0207]: the type `Hidden` of module `test.inner` is not pub",
                        "test.bd:9:30: error[E0207]: the function `g` of module `test.inner` is not pub");
    }

    @Test
    void testCheck_declaredAttributesCheckTargetsAndArguments() {
        assertThat(errors("""
                attribute Doc(Function, Test) { text: string = "", level: i32 }
                [Doc(text: "x", level: 2)]
                i32 f() { return 1; }
                [Doc(level: "no")]
                test A { }
                [Doc(text: "y")]
                type T { i32 x }
                [Doc(nope: 1, level: 1)]
                test B { }
                [NotDeclared(a: 1)]
                test C { }
                """))
                .containsExactly(
                        "test.bd:4:13: error[E0301]: type mismatch: expected i32, found string",
                        "test.bd:6:1: error[E0304]: the attribute `Doc` needs the argument `level`",
                        "test.bd:6:1: error[E0405]: the attribute `Doc` cannot be used on a type; its targets are Function, Test",
                        "test.bd:8:6: error[E0205]: the attribute `Doc` has no parameter `nope`",
                        "test.bd:10:1: error[E0211]: unknown attribute `NotDeclared`; declare it with"
                                + " `attribute NotDeclared(Targets) { ... }`");
    }

    @Test
    void testCheck_unitAndNeverHoldNoValue() {
        assertThat(errors("""
                type P { unit u, ref i32 r }
                i32 f(unit u) { return 1; }
                unit main() {
                    unit y = f(1);
                }
                """))
                .containsExactly(
                        "test.bd:1:10: error[E0301]: unit holds no value; it can only be a result type",
                        "test.bd:1:18: error[E0405]: `ref` is only allowed on parameters",
                        "test.bd:2:7: error[E0301]: unit holds no value; it can only be a result type",
                        "test.bd:4:5: error[E0301]: unit holds no value; it can only be a result type");
    }

    @Test
    void testCheck_exhaustivenessLooksIntoNestedPatterns() {
        assertThat(errors("""
                enum Option<T> { Some(T value), None }
                enum Tree { Leaf, Node(Tree left, bool mark, Tree right) }
                i32 f(Option<bool> o, Tree t) {
                    i32 a = match o { Option::Some(true) => 1, Option::Some(false) => 2, Option::None => 3 };
                    i32 b = match o { Option::Some(true) => 1, Option::None => 3 };
                    i32 c = match t { Tree::Leaf => 0, Tree::Node(_, true, _) => 1, Tree::Node(l, false, r) => 2 };
                    i32 d = match t { Tree::Node(Tree::Leaf, _, _) => 1, Tree::Leaf => 0 };
                    return a + b + c + d;
                }
                """))
                .containsExactly(
                        "test.bd:5:13: error[E0306]: non-exhaustive match: `Option::Some` is not covered; add an arm for it or a `_` arm",
                        "test.bd:7:13: error[E0306]: non-exhaustive match: `Tree::Node` is not covered; add an arm for it or a `_` arm");
    }

    @Test
    void testCheck_syntaxErrorsDoNotCascade() {
        assertThat(errors("i32 f(i32 x) {\n    i32 y = ;\n    return y +;\n}\n"))
                .containsExactly(
                        "test.bd:2:13: error[E0105]: expected an expression, found `;`",
                        "test.bd:3:15: error[E0105]: expected an expression, found `;`");
    }
}
