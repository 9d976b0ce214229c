package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.ast.AssignExpr;
import beskid.lowering.ast.BinaryExpr;
import beskid.lowering.ast.ErrorExpr;
import beskid.lowering.ast.ExprStmt;
import beskid.lowering.ast.FunctionDecl;
import beskid.lowering.ast.Item;
import java.util.List;
import org.junit.jupiter.api.Test;

/** After a syntax error the parser reports it once and goes on reading the rest of the file. */
class RecoveryTest {

    private static List<String> names(List<Item> items) {
        return items.stream()
                .filter(FunctionDecl.class::isInstance)
                .map(i -> ((FunctionDecl) i).name())
                .toList();
    }

    @Test
    void reportsEveryErrorOfAFileNotJustTheFirst() {
        ParseSupport.Parsed parsed = ParseSupport.parse("""
                unit a() { x = ; }
                unit b() { foo(1 2); }
                unit c() { return 1 }
                unit d() { ok(); }
                """);
        assertThat(parsed.errors()).isEqualTo("""
                1:16 E0105 expected an expression, found `;`
                2:17 E0105 expected `,` or `)` after an argument, found `2`
                3:20 E0105 expected `;` after the return value, found `}`""");
        assertThat(names(parsed.unit().items())).containsExactly("a", "b", "c", "d");
    }

    @Test
    void reportsMissingTokenJustAfterThePreviousToken() {
        ParseSupport.Parsed parsed = ParseSupport.parse("unit f() {\n    i32 x = 1   \n\n    g();\n}\n");
        // Not at `g` on line 4, but right after the `1` that should have been followed by `;`.
        assertThat(parsed.errors()).isEqualTo("2:14 E0105 expected `;` after the declaration of `x`, found `g`");
    }

    @Test
    void reportsMissingCloseBraceAtEndOfFileOnce() {
        ParseSupport.Parsed parsed = ParseSupport.parse("unit f() {\n    if x {\n        y();\n");
        assertThat(parsed.errors())
                .isEqualTo("3:13 E0105 expected `}` to close the block opened on line 2, found end of file");
        assertThat(parsed.unit().items()).hasSize(1);
    }

    @Test
    void standsInErrorExprForAnUnreadableOperand() {
        ParseSupport.Parsed parsed = ParseSupport.parse("unit f() { x = 1 + ; y = 2; }");
        List<?> stmts = ((FunctionDecl) parsed.unit().items().get(0)).body().statements();
        AssignExpr first = (AssignExpr) ((ExprStmt) stmts.get(0)).expr();
        assertThat(((BinaryExpr) first.value()).right()).isInstanceOf(ErrorExpr.class);
        assertThat(stmts).hasSize(2);
    }

    @Test
    void keepsAnUnclosedParenthesisInsideItsBlock() {
        ParseSupport.Parsed parsed = ParseSupport.parse("""
                unit f() {
                    foo(a;
                    bar();
                }
                unit g() { }
                """);
        assertThat(parsed.errors()).isEqualTo("2:10 E0105 expected `,` or `)` after an argument, found `;`");
        assertThat(names(parsed.unit().items())).containsExactly("f", "g");
        assertThat(((FunctionDecl) parsed.unit().items().get(0)).body().statements())
                .hasSize(2);
    }

    @Test
    void skipsGarbageBetweenItemsAndKeepsTheNextItem() {
        ParseSupport.Parsed parsed = ParseSupport.parse("unit a() { }\n) ) garbage here\nunit b() { }\n");
        assertThat(parsed.errors()).startsWith("2:1 E0105 expected an item");
        assertThat(names(parsed.unit().items())).containsExactly("a", "b");
    }

    @Test
    void doesNotEchoLexicalErrorsAsSyntaxErrors() {
        ParseSupport.Parsed parsed =
                ParseSupport.parse("unit f() {\n    string s = \"open;\n    i32 a = 1 # 2;\n    ok();\n}\n");
        assertThat(parsed.errors()).isEqualTo("""
                2:16 E0102 unterminated string literal: missing `"`
                3:15 E0101 unexpected character `#`""");
    }

    @Test
    void recoversInsideStructAndEnumBodies() {
        ParseSupport.Parsed parsed = ParseSupport.parse("""
                type P { i32 x i32 y, i32 z }
                enum E { A(i32 a,, i32 b), B }
                unit after() { }
                """);
        assertThat(parsed.errors()).isEqualTo("""
                1:15 E0105 expected `,` or `}` after a field, found `i32`
                2:18 E0105 expected a type, found `,`""");
        assertThat(parsed.unit().items()).hasSize(3);
        beskid.lowering.ast.EnumDecl e =
                (beskid.lowering.ast.EnumDecl) parsed.unit().items().get(1);
        assertThat(e.variants()).extracting("name").containsExactly("A", "B");
        assertThat(e.variants().get(0).fields()).extracting("name").containsExactly("a", "b");
        assertThat(names(parsed.unit().items())).containsExactly("after");
    }
}
