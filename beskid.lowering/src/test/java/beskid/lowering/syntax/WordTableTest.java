package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.diag.Diagnostics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keywords and identifiers of a file with many distinct words: the word table grows several
 * times, yet every keyword stays a keyword and every identifier keeps one shared String.
 */
class WordTableTest {
    private static final int DISTINCT = 5000;

    private static final List<TokenKind> KEYWORDS = Arrays.stream(TokenKind.values())
            .filter(k -> k.name().startsWith("KW_"))
            .toList();

    private static List<Token> lex(String source) {
        SourceText text = SourceText.of("x.bd", source);
        Diagnostics diags = new Diagnostics(text);
        List<Token> tokens = Lexer.tokenize(text, diags);
        assertThat(diags.list()).isEmpty();
        return tokens;
    }

    @Test
    void thousandsOfDistinctIdentifiersEachShareOneStringAndKeywordsStayKeywords() {
        StringBuilder source = new StringBuilder();
        List<String> expected = new ArrayList<>();
        // every word twice, far apart, and the keywords both before and after the table grows
        for (TokenKind k : KEYWORDS) {
            source.append(k.spelling()).append(' ');
        }
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < DISTINCT; i++) {
                String w = "w" + Integer.toString(i * 7919, 36);
                source.append(w).append(' ');
                expected.add(w);
            }
        }
        for (TokenKind k : KEYWORDS) {
            source.append(k.spelling()).append(' ');
        }

        List<Token> tokens = lex(source.toString());

        int n = KEYWORDS.size();
        assertThat(tokens).hasSize(2 * n + 2 * DISTINCT + 1);
        assertThat(tokens.subList(0, n)).extracting(Token::kind).containsExactlyElementsOf(KEYWORDS);
        assertThat(tokens.subList(n + 2 * DISTINCT, 2 * n + 2 * DISTINCT))
                .extracting(Token::kind)
                .containsExactlyElementsOf(KEYWORDS);
        List<Token> idents = tokens.subList(n, n + 2 * DISTINCT);
        assertThat(idents).extracting(Token::kind).containsOnly(TokenKind.IDENT);
        assertThat(idents).extracting(Token::text).containsExactlyElementsOf(expected);
        Map<String, String> first = new HashMap<>();
        for (Token t : idents) {
            String shared = first.computeIfAbsent(t.text(), s -> t.text());
            assertThat(t.text()).as("instance of %s", t.text()).isSameAs(shared);
        }
        assertThat(first).hasSize(DISTINCT);
    }

    @Test
    void aKeywordMetAfterManyIdentifiersIsStillAKeyword() {
        WordTable table = new WordTable(0);
        String text = "w";
        for (int i = 0; i < DISTINCT; i++) {
            String w = "v" + i;
            assertThat(table.kind(table.find(w, 0, w.length()))).isEqualTo(TokenKind.IDENT);
        }
        for (TokenKind k : KEYWORDS) {
            String padded = " " + k.spelling() + " ";
            int entry = table.find(padded, 1, padded.length() - 1);
            assertThat(table.kind(entry)).as(k.spelling()).isEqualTo(k);
            assertThat(table.word(entry)).isEqualTo(k.spelling());
        }
        int entry = table.find(text, 0, 1);
        assertThat(table.word(entry)).isEqualTo("w");
        assertThat(table.find("v17", 0, 3)).isEqualTo(table.find("xv17x", 1, 4));
    }
}
