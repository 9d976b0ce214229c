package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.diag.Diagnostics;
import org.junit.jupiter.api.Test;

/** The type lookahead's depth cap holds for every form that nests: `ref` and function types. */
class TypeScannerDepthTest {
    private static int scan(String source) {
        SourceText text = SourceText.of("t.bd", source);
        Diagnostics diags = new Diagnostics(text);
        return new TypeScanner(new TokenCursor(Lexer.tokenize(text, diags), diags)).scanType(0);
    }

    @Test
    void sixteenRefsAreATypeSeventeenAreNot() {
        assertThat(scan("ref ".repeat(16) + "i32 x")).isEqualTo(17);
        assertThat(scan("ref ".repeat(17) + "i32 x")).isEqualTo(-1);
    }

    @Test
    void sixteenFunctionTypeReturnsAreATypeSeventeenAreNot() {
        assertThat(scan("() => ".repeat(16) + "i32 x")).isEqualTo(16 * 3 + 1);
        assertThat(scan("() => ".repeat(17) + "i32 x")).isEqualTo(-1);
    }

    @Test
    void nestedParameterListsCountTowardTheDepth() {
        assertThat(scan("(".repeat(16) + "i32" + ") => i32".repeat(16) + " x")).isEqualTo(16 * 4 + 1);
        assertThat(scan("(".repeat(17) + "i32" + ") => i32".repeat(17) + " x")).isEqualTo(-1);
    }
}
