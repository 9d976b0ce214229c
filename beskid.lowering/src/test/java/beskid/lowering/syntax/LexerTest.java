package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.diag.Diagnostics;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Tokens, their positions, literal values and doc comments. */
class LexerTest {

    private static List<Token> lex(String source) {
        SourceText text = SourceText.of("x.bd", source);
        Diagnostics diags = new Diagnostics(text);
        List<Token> tokens = Lexer.tokenize(text, diags);
        assertThat(diags.list()).isEmpty();
        return tokens;
    }

    private static String kinds(String source) {
        return lex(source).stream().map(t -> t.kind().name()).collect(Collectors.joining(" "));
    }

    @Test
    void lexesOperatorsLongestFirst() {
        assertThat(kinds("=== !== == != = => <= >= < > += -= + - && || ! :: : ? ."))
                .isEqualTo("ID_EQ ID_NE EQ NE ASSIGN ARROW LE GE LT GT PLUS_ASSIGN MINUS_ASSIGN PLUS MINUS"
                        + " AND_AND OR_OR BANG COLON_COLON COLON QUESTION DOT EOF");
    }

    @Test
    void lexesKeywordsAndLeavesOtherWordsIdentifiers() {
        assertThat(kinds("type enum contract attribute impl match event when if else while for in return"
                        + " break continue let mut mod use pub ref out test meta skip true false"))
                .doesNotContain("IDENT");
        assertThat(kinds("this range as _ i32 string Std")).isEqualTo("IDENT IDENT IDENT IDENT IDENT IDENT IDENT EOF");
    }

    @Test
    void lexesNumbersWithoutSign() {
        List<Token> tokens = lex("-7 1.5 007 9223372036854775808 1.e");
        assertThat(tokens)
                .extracting(Token::kind)
                .containsExactly(
                        TokenKind.MINUS,
                        TokenKind.INT,
                        TokenKind.FLOAT,
                        TokenKind.INT,
                        TokenKind.INT,
                        TokenKind.INT,
                        TokenKind.DOT,
                        TokenKind.IDENT,
                        TokenKind.EOF);
        assertThat(tokens.get(3).text()).isEqualTo("7");
        assertThat(tokens.get(4).text()).isEqualTo("9223372036854775808");
    }

    @Test
    void decodesStringAndCharEscapes() {
        List<Token> tokens = lex("\"q\\\" b\\\\ d\\${x} n\\n t\\t r\\r z\\0\" '\\'' '\\n' 'ż'");
        assertThat(tokens.get(0).text()).isEqualTo("q\" b\\ d${x} n\n t\t r\r z\0");
        assertThat(tokens.get(1).text()).isEqualTo("'");
        assertThat(tokens.get(2).text()).isEqualTo("\n");
        assertThat(tokens.get(3).text()).isEqualTo("ż");
    }

    @Test
    void splitsInterpolatedStringsIntoPartsAroundRealTokens() {
        List<Token> tokens = lex("\"a${x + {1}}b${\"c${y}\"}d\"");
        assertThat(tokens)
                .extracting(Token::kind)
                .containsExactly(
                        TokenKind.STRING_HEAD,
                        TokenKind.IDENT,
                        TokenKind.PLUS,
                        TokenKind.LBRACE,
                        TokenKind.INT,
                        TokenKind.RBRACE,
                        TokenKind.STRING_MID,
                        TokenKind.STRING_HEAD,
                        TokenKind.IDENT,
                        TokenKind.STRING_TAIL,
                        TokenKind.STRING_TAIL,
                        TokenKind.EOF);
        assertThat(tokens.get(0).text()).isEqualTo("a");
        assertThat(tokens.get(1).column()).isEqualTo(5);
        assertThat(tokens.get(6).text()).isEqualTo("b");
        assertThat(tokens.get(10).text()).isEqualTo("d");
    }

    @Test
    void attachesTripleSlashDocToTheNextTokenOnly() {
        List<Token> tokens = lex("/// one\n///two\n//// not doc\n// plain\ni32 f /* x */ g");
        assertThat(tokens.get(0).doc()).isEqualTo("one\ntwo");
        assertThat(tokens.get(1).doc()).isNull();
        assertThat(lex("//// only\nx").get(0).doc()).isNull();
    }

    @Test
    void tracksLinesAndCodePointColumns() {
        List<Token> tokens = lex("a\r\n\t\"😀\" b\rc");
        assertThat(tokens.get(1).line()).isEqualTo(2);
        assertThat(tokens.get(1).column()).isEqualTo(2);
        assertThat(tokens.get(1).endColumn()).isEqualTo(5);
        assertThat(tokens.get(2).column()).isEqualTo(6);
        assertThat(tokens.get(3).line()).isEqualTo(3);
    }
}
