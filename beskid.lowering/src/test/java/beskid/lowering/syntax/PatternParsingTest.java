package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.ast.AssignExpr;
import beskid.lowering.ast.ExprStmt;
import beskid.lowering.ast.FunctionDecl;
import beskid.lowering.ast.LiteralPattern;
import beskid.lowering.ast.MatchArm;
import beskid.lowering.ast.MatchExpr;
import beskid.lowering.ast.Pattern;
import beskid.lowering.ast.StringLit;
import beskid.lowering.ast.StringPart;
import beskid.lowering.ast.WildcardPattern;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Match patterns as parsed; a pattern that cannot be read becomes `_` and its arm is kept. */
class PatternParsingTest {
    private record Arms(List<MatchArm> arms, String errors) {
        Pattern pattern(int i) {
            return arms.get(i).pattern();
        }
    }

    private static Arms arms(String arms) {
        ParseSupport.Parsed parsed = ParseSupport.parse("unit f() {\nx = match y { " + arms + " };\n}\n");
        assertThat(AstNodes.nullChildren(parsed.unit())).isEmpty();
        FunctionDecl f = (FunctionDecl) parsed.unit().items().get(0);
        MatchExpr m =
                (MatchExpr) ((AssignExpr) ((ExprStmt) f.body().statements().get(0)).expr()).value();
        return new Arms(m.arms(), parsed.errors());
    }

    @Test
    void readsStringPatterns() {
        Arms a = arms("\"\" => 1, \"ab\" => 2");
        assertThat(a.errors()).isEmpty();
        assertThat(((StringLit) ((LiteralPattern) a.pattern(0)).literal()).parts())
                .isEmpty();
        assertThat(((StringLit) ((LiteralPattern) a.pattern(1)).literal()).parts())
                .containsExactly(new StringPart.Text("ab"));
    }

    @Test
    void acceptsOnlyNumbersAfterAMinus() {
        Arms a = arms("-1 => 1, -1.5 => 2, -'c' => 3, -z => 4, - => 5");
        assertThat(a.errors()).isEqualTo("""
                        2:36 E0105 expected a number after `-` in a pattern, found character literal
                        2:47 E0105 expected a number after `-` in a pattern, found `z`
                        2:56 E0105 expected a number after `-` in a pattern, found `=>`""");
        // An arm whose pattern stops before its `=>` is skipped to the next comma; `- =>` keeps its arm.
        assertThat(a.arms()).hasSize(3);
        assertThat(a.pattern(0)).isInstanceOf(LiteralPattern.class);
        assertThat(a.pattern(1)).isInstanceOf(LiteralPattern.class);
        assertThat(a.pattern(2)).isInstanceOf(WildcardPattern.class);
        assertThat(a.pattern(2).pos().column()).isEqualTo(55);
    }

    @Test
    void keepsTheArmOfAnInterpolatedStringPattern() {
        Arms a = arms("\"a${z}\" => 1, _ => 2");
        assertThat(a.errors())
                .isEqualTo(
                        "2:15 E0105 expected a pattern (interpolated strings cannot be matched), found string literal");
        assertThat(a.arms()).hasSize(2);
        assertThat(a.pattern(0)).isInstanceOf(WildcardPattern.class);
    }

    @Test
    void keepsTheArmOfAnUnreadablePattern() {
        Arms a = arms("=> 1, _ => 2");
        assertThat(a.errors()).isEqualTo("2:15 E0105 expected a pattern, found `=>`");
        assertThat(a.arms()).hasSize(2);
        assertThat(a.pattern(0)).isInstanceOf(WildcardPattern.class);
        assertThat(a.pattern(0).pos().column()).isEqualTo(15);
    }

    @Test
    void standsInAWildcardForAVariantWithoutItsName() {
        Arms a = arms("a.b => 1, E:: => 2, _ => 3");
        assertThat(a.errors()).isEqualTo("""
                        2:18 E0105 expected `::` before the variant name, found `=>`
                        2:28 E0105 expected a variant name after `::`, found `=>`""");
        assertThat(a.arms()).hasSize(3);
        assertThat(a.pattern(0)).isInstanceOf(WildcardPattern.class);
        assertThat(a.pattern(0).pos().column()).isEqualTo(15);
        assertThat(a.pattern(1)).isInstanceOf(WildcardPattern.class);
        assertThat(a.pattern(1).pos().column()).isEqualTo(25);
    }
}
