package beskid.lowering.check;

import static beskid.lowering.emit.Programs.errors;
import static org.assertj.core.api.Assertions.assertThat;

import beskid.abi.InteropTag;
import beskid.lowering.api.SourceSet;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.ast.AssignExpr;
import beskid.lowering.ast.BinaryExpr;
import beskid.lowering.ast.BlockExpr;
import beskid.lowering.ast.CallExpr;
import beskid.lowering.ast.EnumCtorExpr;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.ExprStmt;
import beskid.lowering.ast.ForStmt;
import beskid.lowering.ast.LambdaExpr;
import beskid.lowering.ast.LocalDecl;
import beskid.lowering.ast.MatchArm;
import beskid.lowering.ast.MatchExpr;
import beskid.lowering.ast.MemberExpr;
import beskid.lowering.ast.ReturnStmt;
import beskid.lowering.ast.Stmt;
import beskid.lowering.ast.StructLit;
import beskid.lowering.ast.TestDecl;
import beskid.lowering.ast.TryExpr;
import beskid.lowering.ast.UnaryExpr;
import beskid.lowering.ast.WhileStmt;
import beskid.lowering.diag.Diagnostics;
import beskid.lowering.load.Program;
import beskid.lowering.load.ProgramLoader;
import beskid.lowering.sema.Annotations;
import beskid.lowering.sema.Builtin;
import beskid.lowering.sema.CallTarget;
import beskid.lowering.sema.CheckedModule;
import beskid.lowering.sema.DeclaredTypeSymbol;
import beskid.lowering.sema.EnumSymbol;
import beskid.lowering.sema.FieldSymbol;
import beskid.lowering.sema.FunctionInfo;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.LambdaInfo;
import beskid.lowering.sema.LocalVar;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.Resolved;
import beskid.lowering.sema.StructSymbol;
import beskid.lowering.sema.TryInfo;
import beskid.lowering.sema.VariantSymbol;
import beskid.lowering.syntax.Parser;
import beskid.lowering.syntax.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What the checker records for the emitter (the annotations and symbols of a checked module),
 * and the limits the checker enforces for it.
 */
class CheckedModuleTest {
    private static final ModuleLoader STD = new ModuleLoader(
            (path, text, reporter) -> {
                SourceText source = SourceText.of(path, text);
                return Parser.parse(source, new Diagnostics(source));
            },
            CheckedModuleTest.class.getClassLoader());

    private static CheckedModule checked(String source) {
        return checked(source, STD);
    }

    private static CheckedModule checked(String source, ModuleLoader std) {
        Program program = ProgramLoader.load(SourceSet.of(SourceUnit.of("test.bd", source)));
        assertThat(program.hasErrors()).isFalse();
        List<String> errors = new ArrayList<>();
        CheckedModule m = ModuleChecker.check(program.root(), std, (pos, code, message) -> errors.add(message));
        assertThat(errors).isEmpty();
        return m;
    }

    private static Expr init(CheckedModule m, String function, int statement) {
        return ((LocalDecl) statement(m, function, statement)).init();
    }

    private static Stmt statement(CheckedModule m, String function, int statement) {
        return m.module().functions().get(function).decl().body().statements().get(statement);
    }

    /** The expression of statement {@code statement} of {@code function}: an initializer or an expression statement. */
    private static Expr expr(CheckedModule m, String function, int statement) {
        Stmt s = statement(m, function, statement);
        return s instanceof LocalDecl d ? d.init() : ((ExprStmt) s).expr();
    }

    private static FunctionSymbol method(CheckedModule m, String type, String name) {
        return ((DeclaredTypeSymbol<?>) m.module().types().get(type)).methods().get(name);
    }

    @Test
    void testCheck_eachCallFormRecordsWhatItCalls() {
        CheckedModule m = checked("""
                type P { i32 x, i32(i32) op, event{2} Changed(i32 v) }
                impl P { pub i32 Get(i32 d) { return this.x + d; } }
                type Box<T> { T value }
                impl Box<T> { T Take() { return this.value; } }
                enum E { A, B(i32 v) }
                impl E { i32 Tag() { return 0; } }
                contract C { i32 Size(); }
                T id<T>(T x) { return x; }
                unit f(P p, Box<i64> b, E e, C c, i32(i32) g) {
                    let a = id(5);
                    p.Get(1);
                    i64 v = b.Take();
                    e.Tag();
                    c.Size();
                    g(2);
                    p.op(3);
                    p.Changed(4);
                    i64 w = __str_len("abc");
                    i32 y = pick(g)(6);
                }
                i32(i32) pick(i32(i32) g) { return g; }
                """);
        Annotations ann = m.annotations();
        FunctionSymbol id = m.module().functions().get("id");
        CallExpr idCall = (CallExpr) expr(m, "f", 0);
        assertThat(ann.call(idCall))
                .isEqualTo(
                        new CallTarget.FunctionCall(id, Map.of(id.typeParams().get(0), Prim.I32)));
        assertThat(ann.type(idCall)).isEqualTo(Prim.I32);
        assertThat(ann.type(idCall.args().get(0))).isEqualTo(Prim.I32);

        CallExpr get = (CallExpr) expr(m, "f", 1);
        assertThat(ann.call(get)).isEqualTo(new CallTarget.MethodCall(method(m, "P", "Get"), Map.of()));
        assertThat(ann.type(get)).isEqualTo(Prim.I32);
        assertThat(ann.type(get.args().get(0))).isEqualTo(Prim.I32);

        CallExpr take = (CallExpr) expr(m, "f", 2);
        StructSymbol box = (StructSymbol) m.module().types().get("Box");
        assertThat(ann.call(take))
                .isEqualTo(new CallTarget.MethodCall(
                        method(m, "Box", "Take"), Map.of(box.typeParams().get(0), Prim.I64)));
        assertThat(ann.type(take)).isEqualTo(Prim.I64);

        CallExpr tag = (CallExpr) expr(m, "f", 3);
        assertThat(ann.call(tag)).isEqualTo(new CallTarget.MethodCall(method(m, "E", "Tag"), Map.of()));
        assertThat(ann.type(tag)).isEqualTo(Prim.I32);

        CallExpr size = (CallExpr) expr(m, "f", 4);
        assertThat(ann.call(size)).isEqualTo(new CallTarget.MethodCall(method(m, "C", "Size"), Map.of()));
        assertThat(ann.type(size)).isEqualTo(Prim.I32);

        CallExpr value = (CallExpr) expr(m, "f", 5);
        assertThat(ann.call(value))
                .isInstanceOfSatisfying(
                        CallTarget.ValueCall.class,
                        v -> assertThat(v.type().display()).isEqualTo("i32(i32)"));
        assertThat(ann.type(value)).isEqualTo(Prim.I32);
        assertThat(ann.type(value.args().get(0))).isEqualTo(Prim.I32);

        CallExpr field = (CallExpr) expr(m, "f", 6);
        assertThat(ann.call(field)).isInstanceOf(CallTarget.ValueCall.class);
        assertThat(ann.type(field)).isEqualTo(Prim.I32);
        assertThat(ann.type(field.callee()).display()).isEqualTo("i32(i32)");

        CallExpr raise = (CallExpr) expr(m, "f", 7);
        StructSymbol p = (StructSymbol) m.module().types().get("P");
        assertThat(ann.call(raise))
                .isEqualTo(new CallTarget.EventCall(p, p.events().get("Changed")));
        assertThat(ann.type(raise)).isEqualTo(Prim.UNIT);
        assertThat(ann.resolution(raise.callee()))
                .isEqualTo(new Resolved.EventRef(p, p.events().get("Changed")));
        assertThat(ann.type(raise.callee()).display()).isEqualTo("unit(i32)");
        assertThat(ann.type(raise.args().get(0))).isEqualTo(Prim.I32);

        CallExpr builtin = (CallExpr) expr(m, "f", 8);
        assertThat(ann.call(builtin)).isEqualTo(new CallTarget.BuiltinCall(Builtin.STR_LEN));
        assertThat(ann.type(builtin)).isEqualTo(Prim.I64);
        assertThat(ann.type(builtin.args().get(0))).isEqualTo(Prim.STRING);

        CallExpr result = (CallExpr) expr(m, "f", 9);
        assertThat(ann.call(result)).isInstanceOf(CallTarget.ValueCall.class);
        assertThat(ann.type(result)).isEqualTo(Prim.I32);
    }

    @Test
    void testCheck_genericCallsAndLiteralsRecordTheirTypeArguments() {
        CheckedModule m = checked("""
                type Box<T> { T value }
                type P { i32 x }
                enum Opt<T> { Some(T v), None }
                impl Opt<T> { T Or(T d) { return d; } }
                Box<T> wrap<T>(T x) { return Box { value: x }; }
                unit swap<T>(ref T a, ref T b) { }
                unit f(Opt<i64> o) {
                    Box<i64> a = wrap(1);
                    Box<i64> b = Box { value: 1 };
                    let c = P { x: 1 };
                    i64 mut s = 1;
                    i64 mut t = 2;
                    swap(s, t);
                    i64 d = o.Or(5);
                    Opt<i64> e = Opt::Some(7);
                    let g = Box { value: 1 };
                }
                """);
        Annotations ann = m.annotations();
        FunctionSymbol wrap = m.module().functions().get("wrap");
        assertThat(ann.call((CallExpr) expr(m, "f", 0)))
                .isEqualTo(new CallTarget.FunctionCall(
                        wrap, Map.of(wrap.typeParams().get(0), Prim.I64)));

        StructLit box = (StructLit) expr(m, "f", 1);
        assertThat(ann.struct(box).display()).isEqualTo("Box<i64>");
        assertThat(ann.type(box.fields().get(0).value())).isEqualTo(Prim.I64);
        StructLit p = (StructLit) expr(m, "f", 2);
        assertThat(ann.struct(p)).isEqualTo(((StructSymbol) m.module().types().get("P")).selfType());
        assertThat(ann.type(p.fields().get(0).value())).isEqualTo(Prim.I32);

        FunctionSymbol swap = m.module().functions().get("swap");
        assertThat(ann.call((CallExpr) expr(m, "f", 5)))
                .isEqualTo(new CallTarget.FunctionCall(
                        swap, Map.of(swap.typeParams().get(0), Prim.I64)));

        EnumSymbol opt = (EnumSymbol) m.module().types().get("Opt");
        CallExpr or = (CallExpr) expr(m, "f", 6);
        assertThat(ann.call(or))
                .isEqualTo(new CallTarget.MethodCall(
                        method(m, "Opt", "Or"), Map.of(opt.typeParams().get(0), Prim.I64)));
        assertThat(ann.type(or.args().get(0))).isEqualTo(Prim.I64);

        EnumCtorExpr some = (EnumCtorExpr) expr(m, "f", 7);
        assertThat(ann.variant(some)).isSameAs(opt.variant("Some"));
        assertThat(ann.type(some).display()).isEqualTo("Opt<i64>");
        assertThat(ann.struct((StructLit) expr(m, "f", 8)).display()).isEqualTo("Box<i32>");
    }

    @Test
    void testCheck_assignmentsEventsLambdasAndPathsRecordWhatTheyDenote() {
        CheckedModule m = checked("""
                type P { i32 x, event{2} Changed(i32 v) }
                impl P { i32 Get() { return this.x; } }
                mod inner { pub i32 g() { return 1; } }
                unit f(P p, i32 n) {
                    i32 mut c = 0;
                    c = n;
                    p.x = 2;
                    p.Changed += (i32 v) => { };
                    let h = (i32 v) => v + n;
                    i32 k = inner.g();
                    let get = p.Get;
                }
                """);
        Annotations ann = m.annotations();
        LocalVar c = ann.local(statement(m, "f", 0));
        assertThat(c.name()).isEqualTo("c");
        AssignExpr toLocal = (AssignExpr) expr(m, "f", 1);
        assertThat(ann.resolution(toLocal.target())).isEqualTo(new Resolved.LocalRef(c));
        assertThat(ann.type(toLocal.target())).isEqualTo(Prim.I32);

        StructSymbol p = (StructSymbol) m.module().types().get("P");
        AssignExpr toField = (AssignExpr) expr(m, "f", 2);
        assertThat(ann.resolution(toField.target()))
                .isEqualTo(new Resolved.FieldRef(p, p.fields().get("x")));
        assertThat(ann.type(toField.target())).isEqualTo(Prim.I32);
        assertThat(ann.type(toField.value())).isEqualTo(Prim.I32);

        AssignExpr subscribe = (AssignExpr) expr(m, "f", 3);
        assertThat(ann.resolution(subscribe.target()))
                .isEqualTo(new Resolved.EventRef(p, p.events().get("Changed")));
        assertThat(ann.type(subscribe.target()).display()).isEqualTo("unit(i32)");
        LambdaExpr handler = (LambdaExpr) subscribe.value();
        assertThat(ann.lambda(handler).type().display()).isEqualTo("unit(i32)");
        assertThat(ann.type(handler.body())).isEqualTo(Prim.UNIT);

        LambdaExpr h = (LambdaExpr) expr(m, "f", 4);
        LambdaInfo info = ann.lambda(h);
        assertThat(info.type().display()).isEqualTo("i32(i32)");
        assertThat(info.params()).extracting(LocalVar::name).containsExactly("v");
        assertThat(info.captures()).extracting(LocalVar::name).containsExactly("n");

        CallExpr g = (CallExpr) expr(m, "f", 5);
        MemberExpr path = (MemberExpr) g.callee();
        assertThat(ann.resolution(path.target()))
                .isEqualTo(new Resolved.ModuleRef(m.module().inlineModules().get("inner")));
        assertThat(ann.call(g))
                .isEqualTo(new CallTarget.FunctionCall(
                        m.module().inlineModules().get("inner").functions().get("g"), Map.of()));
        MemberExpr get = (MemberExpr) expr(m, "f", 6);
        assertThat(ann.resolution(get)).isEqualTo(new Resolved.MethodRef(method(m, "P", "Get"), Map.of()));
        assertThat(ann.type(get).display()).isEqualTo("i32()");
    }

    @Test
    void testCheck_tryRecordsTheSuccessVariantAndWhetherTheFailurePropagates() {
        CheckedModule m = checked("""
                enum Res<T> { Ok(T v), Err(string e) }
                Res<i32> parse(string s) { return Res::Ok(1); }
                Res<i32> twice(string s) {
                    i32 a = parse(s)?;
                    return Res::Ok(a * 2);
                }
                """);
        TryExpr t = (TryExpr) init(m, "twice", 0);
        EnumSymbol res = (EnumSymbol) m.module().types().get("Res");
        TryInfo info = m.annotations().tryInfo(t);
        assertThat(info.enumType().display()).isEqualTo("Res<i32>");
        assertThat(info.success()).isSameAs(res.variant("Ok"));
        assertThat(info.valueType()).isEqualTo(Prim.I32);
        assertThat(info.propagate()).isTrue();
        assertThat(m.annotations().type(t)).isEqualTo(Prim.I32);
    }

    @Test
    void testCheck_loopVariablesPatternsAndJumpsOutOfBlockExpressions() {
        CheckedModule m = checked("""
                unit f(bool b, i32 n) {
                    for i in range(0, n) { }
                    i32 q = match n { 0 => 1, other => other };
                    while true {
                        match b { true => { break; }, false => { } };
                        break;
                    }
                }
                T id<T>(T x) { return x; }
                unit g(i64 s) {
                    for i in range(s, 10) { }
                    for j in range(s, id(9)) { }
                    match s > 0 { true => 1, false => 2 };
                }
                """);
        Annotations ann = m.annotations();
        ForStmt loop = (ForStmt) statement(m, "f", 0);
        assertThat(ann.local(loop).name()).isEqualTo("i");
        assertThat(ann.local(loop).type()).isEqualTo(Prim.I32);

        MatchExpr q = (MatchExpr) init(m, "f", 1);
        for (MatchArm arm : q.arms()) {
            assertThat(ann.patternType(arm.pattern())).isEqualTo(Prim.I32);
        }
        LocalVar other = ann.local(q.arms().get(1).pattern());
        assertThat(other.name()).isEqualTo("other");
        assertThat(ann.resolution(q.arms().get(1).body())).isEqualTo(new Resolved.LocalRef(other));

        WhileStmt w = (WhileStmt) statement(m, "f", 2);
        MatchExpr inner = (MatchExpr) ((ExprStmt) w.body().statements().get(0)).expr();
        Stmt nested =
                ((BlockExpr) inner.arms().get(0).body()).block().statements().get(0);
        assertThat(ann.isNestedJump(nested)).isTrue();
        assertThat(ann.isNestedJump(w.body().statements().get(1))).isFalse();

        ForStmt literalEnd = (ForStmt) statement(m, "g", 0);
        assertThat(ann.type(literalEnd.end())).isEqualTo(Prim.I64);
        assertThat(ann.local(literalEnd).type()).isEqualTo(Prim.I64);
        ForStmt genericEnd = (ForStmt) statement(m, "g", 1);
        assertThat(ann.type(genericEnd.end())).isEqualTo(Prim.I64);
        MatchExpr discarded = (MatchExpr) expr(m, "g", 2);
        assertThat(ann.type(discarded)).isEqualTo(Prim.UNIT);
        for (MatchArm arm : discarded.arms()) {
            assertThat(ann.conversion(arm.body())).isEqualTo(Prim.UNIT);
        }
    }

    @Test
    void testCheck_testsHaveAFrameAndPlainStringTags() {
        CheckedModule m = checked("test T { meta { tags = \"a b\"; group = \"g\"; } i32 x = 1; }\n");
        TestDecl t = (TestDecl) m.module().items().get(0);
        assertThat(m.annotations().function(t)).isEqualTo(new FunctionInfo(null, List.of()));
        assertThat(t.meta().entries()).extracting(BodyChecker::literalText).containsExactly("a b", "g");
        assertThat(errors("test T { meta { tags = \"a${1}\"; } }\n"))
                .containsExactly("test.bd:1:24: error[E0404]: `tags` must be a string literal");
    }

    @Test
    void testCheck_aStdInteropFunctionIsCalledThroughItsTag() {
        // a loader of its own: the shared one may hold Std modules checked before
        ModuleLoader std = new ModuleLoader(
                (path, text, reporter) -> {
                    SourceText source = SourceText.of(path, text);
                    return Parser.parse(source, new Diagnostics(source));
                },
                CheckedModuleTest.class.getClassLoader());
        CheckedModule m =
                checked("use Std.Core.String;\nbool f() {\n    return String.Contains(\"ab\", \"b\");\n}\n", std);
        CallExpr call = (CallExpr) ((ReturnStmt) statement(m, "f", 0)).value();
        assertThat(m.annotations().call(call))
                .isInstanceOfSatisfying(
                        CallTarget.FunctionCall.class,
                        f -> assertThat(f.function().interop()).isEqualTo(InteropTag.STRING_CONTAINS));
    }

    @Test
    void testCheck_everyNodeOfAConstantTreeTakesTheLocalsType() {
        CheckedModule m = checked("unit f() {\n    i64 a = 1 + 2 * -3;\n    i64 b = -(4 - 5);\n}\n");
        Annotations ann = m.annotations();
        BinaryExpr a = (BinaryExpr) init(m, "f", 0);
        BinaryExpr product = (BinaryExpr) a.right();
        UnaryExpr negated = (UnaryExpr) product.right();
        for (Expr e : List.of(a, a.left(), product, product.left(), negated, negated.operand())) {
            assertThat(ann.type(e)).as(e.toString()).isEqualTo(Prim.I64);
        }
        assertThat(ann.constant(a)).hasToString("-5");
        UnaryExpr b = (UnaryExpr) init(m, "f", 1);
        BinaryExpr difference = (BinaryExpr) b.operand();
        for (Expr e : List.of(b, difference, difference.left(), difference.right())) {
            assertThat(ann.type(e)).as(e.toString()).isEqualTo(Prim.I64);
        }
    }

    @Test
    void testCheck_fieldsAndVariantsAreNumberedInDeclarationOrder() {
        CheckedModule m = checked("type P { i32 a, string b, bool c }\nenum E { A, B(i32 x, string y), C(bool z) }\n");
        StructSymbol p = (StructSymbol) m.module().types().get("P");
        assertThat(p.fields().values().stream().map(FieldSymbol::index)).containsExactly(0, 1, 2);
        EnumSymbol e = (EnumSymbol) m.module().types().get("E");
        assertThat(e.variants().stream().map(VariantSymbol::index)).containsExactly(0, 1, 2);
        assertThat(e.variant("B").fields().stream().map(FieldSymbol::index)).containsExactly(0, 1);
    }

    private static String params(int count, String type) {
        return IntStream.range(0, count).mapToObj(i -> type + " p" + i).collect(Collectors.joining(", "));
    }

    @Test
    void testCheck_parametersFitTheJvmsSlotLimit() {
        // i64 and f64 values take two slots, a ref one, a method's receiver one: 255 is the limit
        String atLimit = "unit f(" + params(127, "i64") + ", i32 last) { }\n";
        String wideRefs = "unit g(" + params(254, "ref f64") + ") { }\n";
        String over = "unit h(" + params(127, "f64") + ", i32 a, i32 b) { }\n";
        String method = "type T { i32 x }\nimpl T { unit m(" + params(127, "i64") + ", i32 last) { } }\n";
        assertThat(errors(atLimit + wideRefs)).isEmpty();
        assertThat(errors(over))
                .containsExactly(
                        "test.bd:1:1: error[E0406]: the parameters of `h` need 256 JVM slots, more than the limit of 255 (i64 and f64 take two); pass a struct instead");
        assertThat(errors(method))
                .containsExactly(
                        "test.bd:2:10: error[E0406]: the parameters of `m` need 256 JVM slots, more than the limit of 255 (i64 and f64 take two); pass a struct instead");
    }

    @Test
    void testCheck_aLongFlatChainChecksWithoutDeepRecursion() {
        String chain = IntStream.range(0, 20_000).mapToObj(i -> "a").collect(Collectors.joining(" + "));
        assertThat(errors("i32 f(i32 a) {\n    i64 x = 1;\n    return " + chain + " + x;\n}\n"))
                .hasSize(1)
                .allMatch(e -> e.startsWith("test.bd:3:") && e.contains("mismatched integer types i32 and i64"));
    }
}
