package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.diag.Diagnostics;
import org.junit.jupiter.api.Test;

/**
 * The parser's type lookahead: where a type starting at the first token ends (a token index),
 * or -1 when none does. Its depth and length caps keep hostile input cheap.
 */
class TypeScannerTest {
    private static int scan(String source) {
        SourceText text = SourceText.of("t.bd", source);
        Diagnostics diags = new Diagnostics(text);
        return new TypeScanner(new TokenCursor(Lexer.tokenize(text, diags), diags)).scanType(0);
    }

    private static int scanArgs(String source) {
        SourceText text = SourceText.of("t.bd", source);
        Diagnostics diags = new Diagnostics(text);
        return new TypeScanner(new TokenCursor(Lexer.tokenize(text, diags), diags)).scanTypeArgs(0);
    }

    @Test
    void testScan_everyFormOfType() {
        assertThat(scan("i32 x")).isEqualTo(1);
        assertThat(scan("List<string> x")).isEqualTo(4);
        assertThat(scan("a.b.C<i32, string>[] x")).isEqualTo(12);
        assertThat(scan("i32[][] x")).isEqualTo(5);
        assertThat(scan("ref i32 x")).isEqualTo(2);
        assertThat(scan("(i32, i64) => bool x")).isEqualTo(7);
        assertThat(scan("() => unit x")).isEqualTo(4);
        assertThat(scan("i32(i64, bool) x")).isEqualTo(6);
        assertThat(scan("i32() x")).isEqualTo(3);
        assertThat(scan("a.b x")).isEqualTo(3);
    }

    @Test
    void testScan_aTypeEndsBeforeWhatCannotContinueIt() {
        assertThat(scan("a.;")).as("a dot not followed by a name").isEqualTo(1);
        assertThat(scan("i32[ x")).as("`[` without `]`").isEqualTo(1);
        assertThat(scan("i32(1) x")).as("a call, not a function type").isEqualTo(1);
        assertThat(scan("i32(i64 x")).as("an unclosed parameter list").isEqualTo(1);
    }

    @Test
    void testScan_noTypeStartsHere() {
        assertThat(scan("1 x")).isEqualTo(-1);
        assertThat(scan("ref")).isEqualTo(-1);
        assertThat(scan("A<B x")).isEqualTo(-1);
        assertThat(scan("A<i32,> x")).isEqualTo(-1);
        assertThat(scan("A<i32 i64> x")).isEqualTo(-1);
        assertThat(scan("(i32 x")).isEqualTo(-1);
        assertThat(scan("(i32, i64) x")).as("a parenthesised list without `=>`").isEqualTo(-1);
        assertThat(scan("(i32 i64) => bool x")).isEqualTo(-1);
        assertThat(scan("(i32, 1) => bool x")).isEqualTo(-1);
        assertThat(scan("() => 1")).isEqualTo(-1);
    }

    @Test
    void testScanTypeArgs_onlyAtALessThan() {
        assertThat(scanArgs("<i32, List<string>> ::")).isEqualTo(8);
        assertThat(scanArgs("i32")).isEqualTo(-1);
        assertThat(scanArgs("<1>")).isEqualTo(-1);
    }

    @Test
    void testScan_generics8Deep() {
        // 8 levels of nested type arguments are read as a type; the 9th is past the depth cap
        assertThat(scan("A<".repeat(8) + "i32" + ">".repeat(8) + " x")).isEqualTo(25);
        assertThat(scan("A<".repeat(9) + "i32" + ">".repeat(9) + " x")).isEqualTo(-1);
    }

    @Test
    void testScan_tokenBudget() {
        assertThat(scan("A<" + "i32, ".repeat(510) + "i32> x")).isEqualTo(2 + 2 * 510 + 2);
        assertThat(scan("A<" + "i32, ".repeat(511) + "i32> x")).isEqualTo(-1);
        assertThat(scan("(" + "i32, ".repeat(509) + "i32) => i32 x")).isEqualTo(1 + 2 * 509 + 4);
        assertThat(scan("(" + "i32, ".repeat(510) + "i32) => i32 x")).isEqualTo(-1);
        assertThat(scan("i32" + "[]".repeat(1022) + " x")).isEqualTo(1 + 2 * 1022);
        assertThat(scan("i32" + "[]".repeat(1023) + " x")).isEqualTo(-1);
    }

    @Test
    void testScan_eachScanHasItsOwnBudget() {
        SourceText text = SourceText.of("t.bd", "A<" + "i32, ".repeat(510) + "i32> x");
        Diagnostics diags = new Diagnostics(text);
        TypeScanner scanner = new TypeScanner(new TokenCursor(Lexer.tokenize(text, diags), diags));
        assertThat(scanner.scanType(0)).isEqualTo(1024);
        assertThat(scanner.scanType(0)).isEqualTo(1024);
        assertThat(scanner.scanTypeArgs(1)).isEqualTo(1024);
        assertThat(scanner.scanTypeArgs(1)).isEqualTo(1024);
    }
}
