package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.ast.BreakStmt;
import beskid.lowering.ast.ContinueStmt;
import beskid.lowering.ast.ErrorExpr;
import beskid.lowering.ast.ExprStmt;
import beskid.lowering.ast.ForStmt;
import beskid.lowering.ast.FunctionDecl;
import beskid.lowering.ast.IfStmt;
import beskid.lowering.ast.IntLit;
import beskid.lowering.ast.Stmt;
import beskid.lowering.ast.WhileStmt;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statements as parsed, also after an error: what the tree holds and what is reported where. */
class StatementParsingTest {
    private record Body(List<Stmt> statements, String errors) {}

    private static Body body(String statements) {
        ParseSupport.Parsed parsed = ParseSupport.parse("unit f() {\n" + statements + "\n}\n");
        assertThat(AstNodes.nullChildren(parsed.unit())).isEmpty();
        return new Body(((FunctionDecl) parsed.unit().items().get(0)).body().statements(), parsed.errors());
    }

    private static List<String> kinds(List<Stmt> statements) {
        return statements.stream().map(s -> s.getClass().getSimpleName()).toList();
    }

    @Test
    void readsBreakAndContinue() {
        Body b = body("while x { break; continue; }");
        assertThat(b.errors()).isEmpty();
        WhileStmt loop = (WhileStmt) b.statements().get(0);
        assertThat(loop.body().statements()).hasExactlyElementsOfTypes(BreakStmt.class, ContinueStmt.class);
    }

    @Test
    void requiresTheSemicolonAfterContinue() {
        Body b = body("while x { continue g(); }");
        assertThat(b.errors()).isEqualTo("2:19 E0105 expected `;` after `continue`, found `g`");
        assertThat(((WhileStmt) b.statements().get(0)).body().statements())
                .hasExactlyElementsOfTypes(ContinueStmt.class);
    }

    @Test
    void keepsTheLoopWhenItsBodyBraceIsMissing() {
        Body b = body("while x ;\ng();");
        assertThat(b.errors()).isEqualTo("2:8 E0105 expected `{` to start a block, found `;`");
        WhileStmt loop = (WhileStmt) b.statements().get(0);
        assertThat(loop.body().statements()).isEmpty();
        assertThat(loop.body().pos().column()).isEqualTo(9);
    }

    @Test
    void readsTheIfOrBlockAfterAStrayElse() {
        Body b = body("else if x { g(); }\nh();\nelse { h(); }\nelse g();");
        assertThat(b.errors()).isEqualTo("""
                        2:1 E0112 `else` without a matching `if`
                        4:1 E0112 `else` without a matching `if`
                        5:1 E0112 `else` without a matching `if`""");
        assertThat(kinds(b.statements())).containsExactly("IfStmt", "ExprStmt", "BlockStmt", "ExprStmt");
        assertThat(((IfStmt) b.statements().get(0)).then().statements()).hasSize(1);
    }

    @Test
    void keepsAnUnreadableExpressionStatementAsAnErrorExpr() {
        Body b = body("=> ;\ng();");
        assertThat(b.errors()).isEqualTo("2:1 E0105 expected an expression, found `=>`");
        assertThat(kinds(b.statements())).containsExactly("ExprStmt", "ExprStmt");
        assertThat(((ExprStmt) b.statements().get(0)).expr()).isInstanceOf(ErrorExpr.class);
    }

    @Test
    void reportsALetWithoutAName() {
        Body b = body("let 1 = 2;\ng();");
        assertThat(b.errors()).isEqualTo("2:5 E0105 expected a variable name, found `1`");
    }

    @Test
    void readsTheBoundsOfARange() {
        Body b = body("for i in range(1, 2) { }\nfor j in range() { }\nfor k in range(3) { }");
        assertThat(b.errors()).isEqualTo("""
                        3:10 E0112 `range` takes exactly two bounds: `range(start, end)`
                        4:10 E0112 `range` takes exactly two bounds: `range(start, end)`""");
        ForStmt full = (ForStmt) b.statements().get(0);
        assertThat(((IntLit) full.start()).value()).isEqualTo(1);
        assertThat(((IntLit) full.end()).value()).isEqualTo(2);
        ForStmt empty = (ForStmt) b.statements().get(1);
        assertThat(empty.start()).isInstanceOf(ErrorExpr.class);
        assertThat(empty.end()).isInstanceOf(ErrorExpr.class);
        ForStmt one = (ForStmt) b.statements().get(2);
        assertThat(((IntLit) one.start()).value()).isEqualTo(3);
        assertThat(one.end()).isInstanceOf(ErrorExpr.class);
    }
}
