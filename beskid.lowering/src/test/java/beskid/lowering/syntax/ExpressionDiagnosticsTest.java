package beskid.lowering.syntax;

import static beskid.lowering.syntax.ParseSupport.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expressions that cannot be read: one diagnostic where the mistake is, then parsing goes on. */
class ExpressionDiagnosticsTest {
    private static String errorsInBody(String body) {
        return parse("unit main() {\n" + body + "\n}\n").errors();
    }

    @Test
    void aBrokenInterpolationIsClosedAndTheNextOneStillParses() {
        assertThat(errorsInBody("    string s = \"a${1 2}b${x y}c${z}\";"))
                .isEqualTo("2:21 E0105 expected `}` to close the interpolation, found `2`\n"
                        + "2:28 E0105 expected `}` to close the interpolation, found `y`");
    }

    @Test
    void aStructLiteralFieldNeedsAName() {
        assertThat(errorsInBody("    Point p = Point { x: 1, 2: 3 };"))
                .isEqualTo("2:29 E0105 expected a field name, found `2`");
    }

    @Test
    void aTypedLambdaParameterNeedsAName() {
        assertThat(errorsInBody("    let f = (i32 a, i32 1) => a;"))
                .isEqualTo("2:24 E0105 expected a parameter name after the parameter type, found `1`");
    }

    @Test
    void matchArmsAreSeparatedByCommas() {
        assertThat(errorsInBody("    i32 n = match x { 1 => 2 3 => 4, _ => 5 };"))
                .isEqualTo("2:29 E0105 expected `,` or `}` after a match arm, found `3`");
    }

    @Test
    void anEnumConstructorNeedsAVariantName() {
        assertThat(errorsInBody("    Shape s = Shape::(1);"))
                .isEqualTo("2:22 E0105 expected a variant name after `::`, found `(`");
    }
}
