package beskid.lowering.syntax;

import static beskid.lowering.syntax.ParseSupport.parse;
import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.diag.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * Nesting is counted per level and given back when a construct ends: many constructs one after
 * another never add up to E0107, only constructs inside each other do.
 */
class NestingLevelsTest {
    private static final int MANY = TokenCursor.MAX_DEPTH + 44;

    @Test
    void manyItemsInARowAreNotNesting() {
        StringBuilder src = new StringBuilder();
        for (int i = 0; i < MANY; i++) {
            src.append("mod m").append(i).append(" { }\n");
            src.append("test T").append(i).append(" { }\n");
        }
        assertThat(parse(src.toString()).errors()).isEmpty();
    }

    @Test
    void manyStatementsTypesAndPatternsInARowAreNotNesting() {
        StringBuilder src = new StringBuilder("unit f(Option<i32> o) {\n");
        for (int i = 0; i < MANY; i++) {
            src.append("    { }\n");
            src.append("    Option<i32> a").append(i).append(" = g(-(1)).h(2);\n");
            src.append("    match o { Option::Some(v) => 1, _ => 2 };\n");
        }
        src.append("}\n");
        assertThat(parse(src.toString()).errors()).isEmpty();
    }

    @Test
    void nestedBlocksPastTheLimitAreReportedOnce() {
        String src = "unit f() " + "{ ".repeat(MANY) + "}".repeat(MANY) + "\n";
        assertThat(parse(src).diagnostics()).extracting("code").containsExactly(ErrorCode.NESTING_TOO_DEEP);
    }
}
