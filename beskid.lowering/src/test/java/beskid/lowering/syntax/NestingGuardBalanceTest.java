package beskid.lowering.syntax;

import static beskid.lowering.syntax.ParseSupport.parse;
import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.ast.ErrorExpr;
import beskid.lowering.ast.WildcardPattern;
import beskid.lowering.diag.ErrorCode;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The nesting guard (E0107) gives back every level it takes, also when a construct ends early
 * (a path before a block, a failed lookahead, an error) and when the guard itself trips: the
 * limit a function meets does not depend on what the functions before it held.
 */
class NestingGuardBalanceTest {
    private static final int MANY = TokenCursor.MAX_DEPTH + 44;

    /** {@code n} parentheses around a number, as the value of an assignment. */
    private static String parens(int n) {
        return "unit deep() { x = " + "(".repeat(n) + "1" + ")".repeat(n) + "; }\n";
    }

    /** The smallest {@code n} for which {@code source(n)} alone is reported too deep. */
    private static int firstTooDeep(IntFunction<String> source) {
        for (int n = 1; n < 2 * TokenCursor.MAX_DEPTH; n++) {
            if (parse(source.apply(n)).errors().contains(ErrorCode.NESTING_TOO_DEEP)) {
                return n;
            }
        }
        throw new AssertionError("never too deep");
    }

    private static long tooDeep(String source) {
        return parse(source).diagnostics().stream()
                .filter(d -> d.code().equals(ErrorCode.NESTING_TOO_DEEP))
                .count();
    }

    /** After {@code before}, parentheses just within the limit pass and one more level trips. */
    private static void assertLimitUnchanged(String before, long reportedBefore) {
        int limit = firstTooDeep(NestingGuardBalanceTest::parens);
        assertThat(tooDeep(before + parens(limit - 1))).isEqualTo(reportedBefore);
        assertThat(tooDeep(before + parens(limit))).isEqualTo(reportedBefore + 1);
    }

    private static String many(String statement) {
        return "unit f(Option<i32> o) {\n" + (statement + "\n").repeat(MANY) + "}\n";
    }

    @Test
    void aPathEndedByABlockInAHeadGivesItsLevelsBack() {
        String src = many("if a.b { }");
        assertThat(parse(src).errors()).isEmpty();
        assertLimitUnchanged(src, 0);
    }

    @Test
    void aCallFollowedByPathSyntaxGivesItsLevelsBack() {
        String src = many("g()::V;");
        assertThat(parse(src).errors()).contains("2:4 E0105 expected `;` after expression, found `::`");
        assertLimitUnchanged(src, 0);
        String lit = many("x = g() { a: 1 };");
        assertLimitUnchanged(lit, 0);
    }

    @Test
    void tooManyParenthesesGiveTheirLevelsBackAndLeaveAnErrorExpr() {
        int limit = firstTooDeep(NestingGuardBalanceTest::parens);
        String src = parens(limit + 5);
        assertThat(AstNodes.nullChildren(parse(src).unit())).isEmpty();
        assertThat(AstNodes.count(parse(src).unit(), ErrorExpr.class)).isEqualTo(1);
        assertLimitUnchanged(src, 1);
    }

    @Test
    void tooManyUnaryOperatorsGiveTheirLevelsBackAndLeaveAnErrorExpr() {
        String src = "unit u() { x = " + "- ".repeat(MANY) + "1; }\n";
        assertThat(tooDeep(src)).isEqualTo(1);
        assertThat(AstNodes.nullChildren(parse(src).unit())).isEmpty();
        assertThat(AstNodes.count(parse(src).unit(), ErrorExpr.class)).isEqualTo(1);
        assertLimitUnchanged(src, 1);
    }

    @Test
    void aTooLongMemberChainGivesItsLevelsBack() {
        String src = "unit u() { x = a" + ".b".repeat(MANY) + "; }\n";
        assertThat(tooDeep(src)).isEqualTo(1);
        assertThat(AstNodes.nullChildren(parse(src).unit())).isEmpty();
        assertLimitUnchanged(src, 1);
    }

    @Test
    void tooManyBlocksGiveTheirLevelsBack() {
        String src = "unit u() " + "{ ".repeat(MANY) + "}".repeat(MANY) + "\n";
        assertThat(tooDeep(src)).isEqualTo(1);
        assertThat(AstNodes.nullChildren(parse(src).unit())).isEmpty();
        assertLimitUnchanged(src, 1);
    }

    @Test
    void tooManyPatternsGiveTheirLevelsBackAndLeaveAWildcard() {
        String src = "unit u() { match o { " + "E::V(".repeat(MANY) + "1" + ")".repeat(MANY) + " => 1 }; }\n";
        assertThat(tooDeep(src)).isEqualTo(1);
        assertThat(AstNodes.count(parse(src).unit(), WildcardPattern.class)).isEqualTo(1);
        assertLimitUnchanged(src, 1);
    }

    @Test
    void tooManyTypesGiveTheirLevelsBack() {
        String src = "unit u(" + "Box<".repeat(MANY) + "i32" + " >".repeat(MANY) + " x) { }\n";
        assertThat(tooDeep(src)).isEqualTo(1);
        assertThat(AstNodes.nullChildren(parse(src).unit())).isEmpty();
        assertLimitUnchanged(src, 1);
    }

    @Test
    void tooManyModulesGiveTheirLevelsBack() {
        String src = "mod m { ".repeat(MANY) + "}".repeat(MANY) + "\n";
        assertThat(tooDeep(src)).isEqualTo(1);
        assertLimitUnchanged(src, 1);
    }
}
