package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.ast.AssignExpr;
import beskid.lowering.ast.AssignOp;
import beskid.lowering.ast.BinaryExpr;
import beskid.lowering.ast.BinaryOp;
import beskid.lowering.ast.BlockExpr;
import beskid.lowering.ast.CallExpr;
import beskid.lowering.ast.ContractDecl;
import beskid.lowering.ast.EnumCtorExpr;
import beskid.lowering.ast.EnumDecl;
import beskid.lowering.ast.ExprStmt;
import beskid.lowering.ast.FunctionDecl;
import beskid.lowering.ast.FunctionType;
import beskid.lowering.ast.IfStmt;
import beskid.lowering.ast.LambdaExpr;
import beskid.lowering.ast.LocalDecl;
import beskid.lowering.ast.MatchExpr;
import beskid.lowering.ast.NameExpr;
import beskid.lowering.ast.NamedType;
import beskid.lowering.ast.ReturnStmt;
import beskid.lowering.ast.Stmt;
import beskid.lowering.ast.StringLit;
import beskid.lowering.ast.StringPart;
import beskid.lowering.ast.StructLit;
import beskid.lowering.ast.TypeDecl;
import beskid.lowering.ast.UnaryExpr;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per construct: each proves the parser builds the intended tree. */
class ParserConstructsTest {

    private static List<Stmt> body(String statements) {
        ParseSupport.Parsed parsed = ParseSupport.parse("unit f() {\n" + statements + "\n}\n");
        assertThat(parsed.errors()).isEmpty();
        return ((FunctionDecl) parsed.unit().items().get(0)).body().statements();
    }

    @Test
    void parsesStructLiteralNotInIfHead() {
        List<Stmt> stmts = body("if p == Point { }\nwhile p == Point { x = 1; }");
        // Without the head rule `Point {` would be a struct literal: here it opens the body.
        IfStmt s = (IfStmt) stmts.get(0);
        assertThat(((BinaryExpr) s.condition()).right()).isInstanceOf(NameExpr.class);
        assertThat(s.then().statements()).isEmpty();
        assertThat(stmts.get(1)).isInstanceOf(beskid.lowering.ast.WhileStmt.class);
    }

    @Test
    void parsesParenthesizedStructLiteralInIfHead() {
        IfStmt s = (IfStmt) body("if p == (Point { x: 1 }) { }").get(0);
        assertThat(((BinaryExpr) s.condition()).right()).isInstanceOf(StructLit.class);
    }

    @Test
    void parsesStructLiteralWithGenericsAndEmptyBody() {
        List<Stmt> stmts = body("Box<i32> b = Box<i32> { v: 1, };\nButton k = Button { };");
        StructLit lit = (StructLit) ((LocalDecl) stmts.get(0)).init();
        assertThat(lit.type().args()).hasSize(1);
        assertThat(lit.fields()).extracting("name").containsExactly("v");
        assertThat(((StructLit) ((LocalDecl) stmts.get(1)).init()).fields()).isEmpty();
    }

    @Test
    void tellsDeclarationsFromExpressionStatements() {
        List<Stmt> stmts = body("""
                i32 x = 1;
                List<string> names = List.New();
                i64[] a = Array.New(5);
                unit(string) f = g;
                (i32) => i32 h = g;
                Point mut p = q;
                let mut y = 2;
                x = 3;
                a < b;
                f(x);
                """);
        assertThat(stmts)
                .extracting(s -> s.getClass().getSimpleName())
                .containsExactly(
                        "LocalDecl",
                        "LocalDecl",
                        "LocalDecl",
                        "LocalDecl",
                        "LocalDecl",
                        "LocalDecl",
                        "LocalDecl",
                        "ExprStmt",
                        "ExprStmt",
                        "ExprStmt");
        assertThat(((LocalDecl) stmts.get(3)).type()).isInstanceOf(FunctionType.class);
        assertThat(((LocalDecl) stmts.get(4)).type()).isInstanceOf(FunctionType.class);
        assertThat(((LocalDecl) stmts.get(5)).mutable()).isTrue();
        assertThat(((LocalDecl) stmts.get(6)).type()).isNull();
    }

    @Test
    void parsesLessThanAsComparisonUnlessFollowedByPathOrStructBody() {
        List<Stmt> stmts = body("bool c = a < b && c > d;\nlet o = Option<i32>::Some(1);");
        assertThat(((BinaryExpr) ((LocalDecl) stmts.get(0)).init()).op()).isEqualTo(BinaryOp.AND);
        EnumCtorExpr ctor = (EnumCtorExpr) ((LocalDecl) stmts.get(1)).init();
        assertThat(ctor.enumType().args()).hasSize(1);
        assertThat(ctor.variant()).isEqualTo("Some");
    }

    @Test
    void parsesPrecedenceAndAssociativity() {
        ExprStmt s =
                (ExprStmt) body("x = y = 1 + 2 * 3 - 4 == 5 || !c && -d < e;").get(0);
        AssignExpr outer = (AssignExpr) s.expr();
        AssignExpr inner = (AssignExpr) outer.value();
        BinaryExpr or = (BinaryExpr) inner.value();
        assertThat(or.op()).isEqualTo(BinaryOp.OR);
        BinaryExpr eq = (BinaryExpr) or.left();
        assertThat(eq.op()).isEqualTo(BinaryOp.EQ);
        BinaryExpr sub = (BinaryExpr) eq.left();
        assertThat(sub.op()).isEqualTo(BinaryOp.SUB); // (1 + 2*3) - 4: left associative
        assertThat(((BinaryExpr) sub.left()).op()).isEqualTo(BinaryOp.ADD);
        BinaryExpr and = (BinaryExpr) or.right();
        assertThat(and.left()).isInstanceOf(UnaryExpr.class);
        assertThat(((BinaryExpr) and.right()).left()).isInstanceOf(UnaryExpr.class);
    }

    @Test
    void parsesCompoundAssignmentOfEventHandlers() {
        AssignExpr a = (AssignExpr) ((ExprStmt)
                        body("b.Clicked += (string s) => { IO.Println(s); };").get(0))
                .expr();
        assertThat(a.op()).isEqualTo(AssignOp.ADD_ASSIGN);
        LambdaExpr l = (LambdaExpr) a.value();
        assertThat(l.body()).isInstanceOf(BlockExpr.class);
    }

    @Test
    void parsesLambdasWithTypedUntypedAndNoParameters() {
        List<Stmt> stmts = body("let f = (i32 x, y) => x + y;\nlet g = () => 1;\nlet h = (x) => (x);");
        LambdaExpr f = (LambdaExpr) ((LocalDecl) stmts.get(0)).init();
        assertThat(f.params()).hasSize(2);
        assertThat(f.params().get(0).type()).isNotNull();
        assertThat(f.params().get(1).type()).isNull();
        assertThat(((LambdaExpr) ((LocalDecl) stmts.get(1)).init()).params()).isEmpty();
        assertThat(((LambdaExpr) ((LocalDecl) stmts.get(2)).init()).body()).isInstanceOf(NameExpr.class);
    }

    @Test
    void parsesMatchWithGuardsLiteralsAndTrailingComma() {
        ReturnStmt r = (ReturnStmt) body("""
                return match e {
                    E::V(x, _) when x > 0 => x,
                    E::W() => { IO.Println("w"); },
                    Option<i32>::None => 2,
                    -1 => 3,
                    "s" => 4,
                    'c' => 5,
                    name => 6,
                    _ => 7,
                };""").get(0);
        MatchExpr m = (MatchExpr) r.value();
        assertThat(m.arms()).hasSize(8);
        assertThat(m.arms().get(0).guard()).isNotNull();
        assertThat(m.arms())
                .extracting(a -> a.pattern().getClass().getSimpleName())
                .containsExactly(
                        "VariantPattern",
                        "VariantPattern",
                        "VariantPattern",
                        "LiteralPattern",
                        "LiteralPattern",
                        "LiteralPattern",
                        "BindingPattern",
                        "WildcardPattern");
    }

    @Test
    void parsesInterpolatedStringsWithNestedExpressionsAndPositions() {
        LocalDecl d = (LocalDecl)
                body("string s = \"a${x + 1}b${\"in${y}\"}\\${c}\";").get(0);
        StringLit lit = (StringLit) d.init();
        assertThat(lit.parts()).hasSize(5);
        assertThat(lit.parts().get(0)).isEqualTo(new StringPart.Text("a"));
        BinaryExpr sum = (BinaryExpr) ((StringPart.Interpolation) lit.parts().get(1)).expr();
        assertThat(sum.left().pos().line()).isEqualTo(2);
        assertThat(sum.left().pos().column()).isEqualTo(16); // the `x` inside `${`
        assertThat(((StringPart.Interpolation) lit.parts().get(3)).expr()).isInstanceOf(StringLit.class);
        assertThat(lit.parts().get(4)).isEqualTo(new StringPart.Text("${c}"));
    }

    @Test
    void parsesItemsWithAttributesDocAndBodilessInterop() {
        ParseSupport.Parsed parsed = ParseSupport.parse("""
                /// Reads one line.
                /// Without the newline.
                [Interop]
                pub string ReadLine();
                //// not a doc comment
                type Box<T> : Shape, Named { T value, event{2} Changed(T v), event Done(), }
                enum Option<T> { Some(T value), None, }
                contract Shape { Named; i32 Perimeter(); }
                """);
        assertThat(parsed.errors()).isEmpty();
        FunctionDecl f = (FunctionDecl) parsed.unit().items().get(0);
        assertThat(f.doc()).isEqualTo("Reads one line.\nWithout the newline.");
        assertThat(f.attributes()).extracting("name").containsExactly("Interop");
        assertThat(f.pub()).isTrue();
        assertThat(f.body()).isNull();
        TypeDecl t = (TypeDecl) parsed.unit().items().get(1);
        assertThat(t.doc()).isNull();
        assertThat(t.contracts()).hasSize(2);
        assertThat(t.events()).extracting("capacity").containsExactly(2, 8);
        assertThat(((EnumDecl) parsed.unit().items().get(2)).variants()).hasSize(2);
        ContractDecl c = (ContractDecl) parsed.unit().items().get(3);
        assertThat(c.embedded()).extracting(e -> ((NamedType) e).path()).containsExactly(List.of("Named"));
        assertThat(c.methods()).extracting("name").containsExactly("Perimeter");
    }

    @Test
    void parsesCallsMembersTryAndEnumConstructors() {
        ExprStmt s = (ExprStmt) body("a.b(c)?.d(E::V, E::W(), m.E::X(1));").get(0);
        CallExpr call = (CallExpr) s.expr();
        assertThat(call.args()).hasSize(3);
        assertThat(((EnumCtorExpr) call.args().get(0)).parens()).isFalse();
        assertThat(((EnumCtorExpr) call.args().get(1)).parens()).isTrue();
        assertThat(((EnumCtorExpr) call.args().get(2)).enumType().path()).containsExactly("m", "E");
    }

    @Test
    void parsesMatchStatementWithAndWithoutSemicolon() {
        List<Stmt> stmts = body("match r { _ => 1, };\nmatch r { _ => 2 }\nx = 1;");
        assertThat(stmts).hasSize(3);
        assertThat(((ExprStmt) stmts.get(0)).expr()).isInstanceOf(MatchExpr.class);
    }

    @Test
    void parsesTestBlocksWithMetaSkipAndAttributes() {
        ParseSupport.Parsed parsed = ParseSupport.parse("""
                [Slow]
                test Adds {
                    meta { tags = "fast,unit"; group = "math"; }
                    [skip { condition = 1 > 2; reason = "later"; }]
                    return;
                }
                test Plain { x(); }
                """);
        assertThat(parsed.errors()).isEmpty();
        beskid.lowering.ast.TestDecl t =
                (beskid.lowering.ast.TestDecl) parsed.unit().items().get(0);
        assertThat(t.attributes()).extracting("name").containsExactly("Slow");
        assertThat(t.meta().entries()).extracting("key").containsExactly("tags", "group");
        assertThat(t.skip().entries()).extracting("key").containsExactly("condition", "reason");
        assertThat(t.body().statements()).hasSize(1);
        beskid.lowering.ast.TestDecl plain =
                (beskid.lowering.ast.TestDecl) parsed.unit().items().get(1);
        assertThat(plain.meta()).isNull();
        assertThat(plain.skip()).isNull();
    }

    @Test
    void parsesModulesUsesAndAttributeDeclarations() {
        ParseSupport.Parsed parsed = ParseSupport.parse("""
                mod app.main;
                use Std.System.IO;
                use Std.Core.String as Str;
                [Doc(text: "inner")]
                pub mod inner { pub i32 f() { return 1; } mod deeper { } }
                attribute Doc(Function, Test) { text: string = "", level: i32 }
                """);
        assertThat(parsed.errors()).isEmpty();
        List<beskid.lowering.ast.Item> items = parsed.unit().items();
        assertThat(((beskid.lowering.ast.ModDecl) items.get(0)).path()).containsExactly("app", "main");
        assertThat(((beskid.lowering.ast.UseDecl) items.get(1)).alias()).isNull();
        assertThat(((beskid.lowering.ast.UseDecl) items.get(2)).alias()).isEqualTo("Str");
        beskid.lowering.ast.InlineModDecl inner = (beskid.lowering.ast.InlineModDecl) items.get(3);
        assertThat(inner.pub()).isTrue();
        assertThat(inner.attributes().get(0).args().get(0).name()).isEqualTo("text");
        assertThat(inner.items()).hasSize(2);
        beskid.lowering.ast.AttributeDecl attr = (beskid.lowering.ast.AttributeDecl) items.get(4);
        assertThat(attr.targets()).containsExactly("Function", "Test");
        assertThat(attr.params()).extracting("name").containsExactly("text", "level");
        assertThat(attr.params().get(1).defaultValue()).isNull();
    }

    @Test
    void parsesParameterModesGenericsAndFunctionTypes() {
        ParseSupport.Parsed parsed = ParseSupport.parse(
                "T pick<T, U>(ref T a, out U b, unit(string) f, (i32, i32) => bool g, ref T[] h,) { return a; }");
        assertThat(parsed.errors()).isEmpty();
        FunctionDecl f = (FunctionDecl) parsed.unit().items().get(0);
        assertThat(f.typeParams()).containsExactly("T", "U");
        assertThat(f.params())
                .extracting("mode")
                .containsExactly(
                        beskid.lowering.ast.ParamMode.REF,
                        beskid.lowering.ast.ParamMode.OUT,
                        beskid.lowering.ast.ParamMode.VALUE,
                        beskid.lowering.ast.ParamMode.VALUE,
                        beskid.lowering.ast.ParamMode.REF);
        FunctionType unitOfString = (FunctionType) f.params().get(2).type();
        assertThat(((NamedType) unitOfString.returnType()).path()).containsExactly("unit");
        FunctionType pred = (FunctionType) f.params().get(3).type();
        assertThat(pred.params()).hasSize(2);
        assertThat(f.params().get(4).type()).isInstanceOf(beskid.lowering.ast.ArrayType.class);
    }

    @Test
    void parsesControlFlowStatements() {
        List<Stmt> stmts = body("""
                if a { } else if (b) { } else { }
                while i < n { i += 1; continue; }
                for i in range(0, f(n),) { break; }
                { let x = 1; }
                return;
                """);
        IfStmt s = (IfStmt) stmts.get(0);
        assertThat(s.otherwise()).isInstanceOf(IfStmt.class);
        assertThat(((IfStmt) s.otherwise()).otherwise()).isInstanceOf(beskid.lowering.ast.BlockStmt.class);
        beskid.lowering.ast.ForStmt loop = (beskid.lowering.ast.ForStmt) stmts.get(2);
        assertThat(loop.variable()).isEqualTo("i");
        assertThat(loop.end()).isInstanceOf(CallExpr.class);
        assertThat(stmts.get(3)).isInstanceOf(beskid.lowering.ast.BlockStmt.class);
        assertThat(((ReturnStmt) stmts.get(4)).value()).isNull();
    }

    @Test
    void keepsSourcePositionsOfNodes() {
        List<Stmt> stmts = body("    x = a.b(c) + 1;");
        AssignExpr a = (AssignExpr) ((ExprStmt) stmts.get(0)).expr();
        assertThat(a.pos().line()).isEqualTo(2);
        assertThat(a.pos().column()).isEqualTo(5); // the start of the target
        BinaryExpr sum = (BinaryExpr) a.value();
        assertThat(sum.pos().column()).isEqualTo(16); // the operator
        CallExpr call = (CallExpr) sum.left();
        assertThat(call.pos().column()).isEqualTo(12); // the opening parenthesis
        assertThat(((beskid.lowering.ast.MemberExpr) call.callee()).pos().column())
                .isEqualTo(11); // the member name
    }

    @Test
    void parsesStructLiteralsInArgumentsOfAHead() {
        IfStmt s = (IfStmt) body("if same(Point { x: 1 }, p) { }").get(0);
        assertThat(((CallExpr) s.condition()).args().get(0)).isInstanceOf(StructLit.class);
    }

    @Test
    void parsesQualifiedGenericEnumConstructors() {
        LocalDecl d = (LocalDecl) body("let o = m.Option<List<i32>>::None();").get(0);
        EnumCtorExpr ctor = (EnumCtorExpr) d.init();
        assertThat(ctor.enumType().path()).containsExactly("m", "Option");
        assertThat(((NamedType) ctor.enumType().args().get(0)).args()).hasSize(1);
        assertThat(ctor.parens()).isTrue();
        assertThat(ctor.args()).isEmpty();
    }

    @Test
    void readsParenthesizedGuardAsConditionNotLambda() {
        ReturnStmt r = (ReturnStmt) body("return match x { E::V(y) when (y > 0) => (z) => z, _ => 0 };")
                .get(0);
        beskid.lowering.ast.MatchArm arm = ((MatchExpr) r.value()).arms().get(0);
        assertThat(arm.guard()).isInstanceOf(BinaryExpr.class);
        assertThat(arm.body()).isInstanceOf(LambdaExpr.class);
    }

    @Test
    void takesDocWrittenBetweenAttributesAndItem() {
        ParseSupport.Parsed parsed = ParseSupport.parse("[Interop]\n/// Reads a line.\npub string ReadLine();\n"
                + "impl X {\n    /// Doubles.\n    i32 m() { return 1; }\n}\n");
        assertThat(parsed.errors()).isEmpty();
        assertThat(((FunctionDecl) parsed.unit().items().get(0)).doc()).isEqualTo("Reads a line.");
        beskid.lowering.ast.ImplDecl impl =
                (beskid.lowering.ast.ImplDecl) parsed.unit().items().get(1);
        assertThat(impl.methods().get(0).doc()).isEqualTo("Doubles.");
    }
}
