package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.ast.AssignExpr;
import beskid.lowering.ast.BlockExpr;
import beskid.lowering.ast.BoolLit;
import beskid.lowering.ast.CallExpr;
import beskid.lowering.ast.CompilationUnit;
import beskid.lowering.ast.EnumCtorExpr;
import beskid.lowering.ast.ErrorExpr;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.ExprStmt;
import beskid.lowering.ast.FunctionDecl;
import beskid.lowering.ast.IfStmt;
import beskid.lowering.ast.IntLit;
import beskid.lowering.ast.MatchExpr;
import beskid.lowering.ast.NameExpr;
import beskid.lowering.ast.Stmt;
import beskid.lowering.ast.StringLit;
import beskid.lowering.ast.StringPart;
import beskid.lowering.ast.StructLit;
import beskid.lowering.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The expression tree the parser builds, also where it had to recover: every node is there
 * (an ErrorExpr stands in for what could not be read) and positions name where a construct
 * starts.
 */
class ExpressionParsingTest {
    private record Body(List<Stmt> statements, String errors, CompilationUnit unit) {
        Expr expr(int i) {
            return ((ExprStmt) statements.get(i)).expr();
        }

        Expr assigned(int i) {
            return ((AssignExpr) expr(i)).value();
        }
    }

    private static Body body(String statements) {
        ParseSupport.Parsed parsed = ParseSupport.parse("unit f() {\n" + statements + "\n}\n");
        FunctionDecl f = (FunctionDecl) parsed.unit().items().get(0);
        assertThat(AstNodes.nullChildren(parsed.unit())).isEmpty();
        return new Body(f.body().statements(), parsed.errors(), parsed.unit());
    }

    @Test
    void readsBooleanAndStringLiterals() {
        Body b = body("x = true;\nx = false;\nx = \"\";\nx = \"ab\";");
        assertThat(b.errors()).isEmpty();
        assertThat(((BoolLit) b.assigned(0)).value()).isTrue();
        assertThat(((BoolLit) b.assigned(1)).value()).isFalse();
        assertThat(((StringLit) b.assigned(2)).parts()).isEmpty();
        assertThat(((StringLit) b.assigned(3)).parts()).containsExactly(new StringPart.Text("ab"));
    }

    @Test
    void readsABlockExpression() {
        Body b = body("x = { g(); };");
        assertThat(b.errors()).isEmpty();
        assertThat(((BlockExpr) b.assigned(0)).block().statements()).hasSize(1);
    }

    @Test
    void keepsTheCallWhenPathSyntaxFollowsIt() {
        Body b = body("g()::V;\nh();");
        assertThat(b.errors()).isEqualTo("2:4 E0105 expected `;` after expression, found `::`");
        assertThat(b.expr(0)).isInstanceOf(CallExpr.class);
        assertThat(b.statements()).hasSize(2);
    }

    @Test
    void keepsTheTargetWhenAMemberNameIsMissing() {
        Body b = body("x = a.;\nh();");
        assertThat(b.errors()).isEqualTo("2:7 E0105 expected a member name after `.`, found `;`");
        assertThat(((NameExpr) b.assigned(0)).name()).isEqualTo("a");
    }

    @Test
    void standsInAnErrorExprWhenAVariantNameIsMissing() {
        Body b = body("x = E::;\nh();");
        assertThat(b.errors()).isEqualTo("2:8 E0105 expected a variant name after `::`, found `;`");
        assertThat(b.assigned(0)).isInstanceOf(ErrorExpr.class);
        assertThat(b.assigned(0).pos().column()).isEqualTo(5);
    }

    @Test
    void placesAQualifiedConstructorOrLiteralAtItsFirstName() {
        Body b = body("x = m.E::V;\nx = m.n.P { a: 1 };\nx = m.Box<i32> { v: 1 };");
        assertThat(b.errors()).isEmpty();
        EnumCtorExpr ctor = (EnumCtorExpr) b.assigned(0);
        assertThat(ctor.pos().column()).isEqualTo(5);
        assertThat(ctor.enumType().pos().column()).isEqualTo(5);
        assertThat(ctor.enumType().path()).containsExactly("m", "E");
        StructLit lit = (StructLit) b.assigned(1);
        assertThat(lit.pos().column()).isEqualTo(5);
        assertThat(lit.type().path()).containsExactly("m", "n", "P");
        StructLit generic = (StructLit) b.assigned(2);
        assertThat(generic.type().pos().column()).isEqualTo(5);
        assertThat(generic.type().args()).hasSize(1);
    }

    @Test
    void standsInAnErrorExprForAMissingIfCondition() {
        Body b = body("if { g(); }");
        assertThat(b.errors()).isEqualTo("2:4 E0105 expected an expression, found `{`");
        IfStmt s = (IfStmt) b.statements().get(0);
        assertThat(s.condition()).isInstanceOf(ErrorExpr.class);
        assertThat(s.then().statements()).hasSize(1);
    }

    @Test
    void keepsEveryTextPartOfAStringWithABrokenInterpolation() {
        Body b = body("x = \"a${1 2}b${y}c\";\nx = \"a${1 2}b\";\nx = \"a${1 2}\";");
        assertThat(b.errors()).isEqualTo("""
                        2:10 E0105 expected `}` to close the interpolation, found `2`
                        3:10 E0105 expected `}` to close the interpolation, found `2`
                        4:10 E0105 expected `}` to close the interpolation, found `2`""");
        assertThat(((StringLit) b.assigned(0)).parts())
                .extracting(p -> p instanceof StringPart.Interpolation i
                        ? i.expr().getClass().getSimpleName()
                        : "text")
                .containsExactly("text", "IntLit", "text", "NameExpr", "text");
        assertThat(((StringLit) b.assigned(1)).parts())
                .extracting(p -> p instanceof StringPart.Text t ? t.text() : "${}")
                .containsExactly("a", "${}", "b");
        assertThat(((StringLit) b.assigned(2)).parts())
                .extracting(p -> p instanceof StringPart.Text t ? t.text() : "${}")
                .containsExactly("a", "${}");
    }

    @Test
    void skipsTheRestOfABrokenInterpolationUpToItsString() {
        Body b = body("x = \"a${y (1) 2}b\";\ng();");
        assertThat(b.errors()).isEqualTo("2:14 E0105 expected `}` to close the interpolation, found `2`");
        assertThat(((StringLit) b.assigned(0)).parts())
                .extracting(p -> p instanceof StringPart.Text t ? t.text() : "${}")
                .containsExactly("a", "${}", "b");
        assertThat(b.statements()).hasSize(2);
    }

    @Test
    void keepsTheScrutineeOfAMatchWithoutArms() {
        Body b = body("x = match y;\nh();");
        assertThat(b.errors()).isEqualTo("2:12 E0105 expected `{` after the `match` expression, found `;`");
        MatchExpr m = (MatchExpr) b.assigned(0);
        assertThat(m.scrutinee()).isInstanceOf(NameExpr.class);
        assertThat(m.arms()).isEmpty();
    }

    @Test
    void needsNoCommaAfterAnArmWithABlockBody() {
        Body b = body("x = match y { 1 => { g(); } 2 => 3 };");
        assertThat(b.errors()).isEmpty();
        MatchExpr m = (MatchExpr) b.assigned(0);
        assertThat(m.arms()).hasSize(2);
        assertThat(m.arms().get(1).body()).isInstanceOf(IntLit.class);
    }

    @Test
    void recordsParenthesesAndArgumentMarkersForTools() {
        SourceText text = SourceText.of("t.bd", "unit f() { g(ref a, out b, ((c))); }\n");
        SyntaxDetails details = new SyntaxDetails();
        CompilationUnit unit = Parser.parse(text, new Diagnostics(text), details);
        CallExpr call = (CallExpr) ((ExprStmt)
                        ((FunctionDecl) unit.items().get(0)).body().statements().get(0))
                .expr();
        assertThat(details.argumentMarker(call.args().get(0))).isEqualTo(TokenKind.KW_REF);
        assertThat(details.argumentMarker(call.args().get(1))).isEqualTo(TokenKind.KW_OUT);
        assertThat(details.argumentMarker(call.args().get(2))).isNull();
        assertThat(details.parens(call.args().get(2))).isEqualTo(2);
        assertThat(details.parens(call)).isZero();
        assertThat(details.tokens()).hasSize(22);
        assertThat(details.tokens().get(21).kind()).isEqualTo(TokenKind.EOF);
    }
}
