package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.Diagnostic;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.diag.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where tokens and comments end, what an empty doc comment attaches, and how a long literal is
 * shortened in a message: the spans tools (the formatter, the language server) rely on.
 */
class LexerSpansTest {

    private static List<String> errors(String source) {
        SourceText text = SourceText.of("x.bd", source);
        Diagnostics diags = new Diagnostics(text);
        Lexer.tokenize(text, diags);
        return diags.list().stream().map(Diagnostic::header).toList();
    }

    @Test
    void everyTokenEndsJustAfterItsLastChar() {
        SourceText text = SourceText.of("x.bd", "ab  cd\n  \"ż\"");
        List<Token> tokens = Lexer.tokenize(text, new Diagnostics(text));
        assertThat(tokens)
                .extracting(Token::end)
                .containsExactly(
                        new SourcePos(2, 1, 3),
                        new SourcePos(6, 1, 7),
                        new SourcePos(12, 2, 6),
                        new SourcePos(12, 2, 6));
    }

    @Test
    void endsCountFromTheFilesBaseOffset() {
        SourceText text = SourceText.decode("b.bd", "ab cd".getBytes(StandardCharsets.UTF_8), 100);
        List<Token> tokens = Lexer.tokenize(text, new Diagnostics(text));
        assertThat(tokens).extracting(Token::endOffset).containsExactly(102, 105, 105);
        assertThat(tokens).extracting(Token::offset).containsExactly(100, 103, 105);
    }

    @Test
    void commentsAreCollectedWithTheirSpans() {
        SourceText text = SourceText.of("x.bd", "x /* c */ y // d\n/// e\nz");
        List<Comment> comments = new ArrayList<>();
        List<Token> tokens = Lexer.tokenize(text, new Diagnostics(text), comments);
        assertThat(tokens).extracting(Token::text).containsExactly("x", "y", "z", null);
        assertThat(tokens.get(2).doc()).isEqualTo("e");
        assertThat(comments).containsExactly(new Comment(2, 9), new Comment(12, 16), new Comment(17, 22));

        SourceText based = SourceText.decode("b.bd", "x /**/".getBytes(StandardCharsets.UTF_8), 50);
        List<Comment> inBased = new ArrayList<>();
        Lexer.tokenize(based, new Diagnostics(based), inBased);
        assertThat(inBased).containsExactly(new Comment(52, 56));
    }

    @Test
    void aBareTripleSlashIsAnEmptyDocComment() {
        SourceText text = SourceText.of("x.bd", "///\nx\n////\ny");
        List<Token> tokens = Lexer.tokenize(text, new Diagnostics(text));
        assertThat(tokens.get(0).doc()).isEmpty();
        assertThat(tokens.get(1).doc()).isNull();
    }

    @Test
    void aTooLargeIntegerIsShownWithItsFirstFortyDigits() {
        String forty = "1234567890".repeat(4);
        assertThat(errors(forty))
                .containsExactly(
                        "x.bd:1:1: error[E0108]: integer literal `" + forty + "` is too large for any integer type");
        assertThat(errors(forty + "7"))
                .containsExactly(
                        "x.bd:1:1: error[E0108]: integer literal `" + forty + "…` is too large for any integer type");
    }
}
