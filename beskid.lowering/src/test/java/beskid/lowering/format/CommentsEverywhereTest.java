package beskid.lowering.format;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.diag.Diagnostics;
import beskid.lowering.syntax.Lexer;
import beskid.lowering.syntax.SourceText;
import beskid.lowering.syntax.Token;
import beskid.lowering.syntax.TokenKind;
import beskid.testkit.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Comments in every position are kept (FORMAT.md rule 13): each corpus program that formats
 * gets a block comment before every token, a line comment at the end of every line and one
 * on a line of its own after it; the
 * formatted text holds each of them exactly once, formats to itself, and still parses.
 */
class CommentsEverywhereTest {
    private static final Pattern MARKER = Pattern.compile("[clo]\\d+x");

    static List<Path> programs() {
        return Corpus.programs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void everyCommentIsKeptOnceAndTheResultIsStable(Path file) throws IOException {
        String source = SourceText.of("p.bd", Files.readString(file)).text(); // without a BOM
        if (Formatter.format(SourceText.of("p.bd", source)).text() == null) {
            return; // syntax errors: never formatted
        }
        String commented = withComments(source);
        Formatter.Formatted once = Formatter.format(SourceText.of("p.bd", commented));
        assertThat(once.diagnostics()).as("commented program parses").isEmpty();
        assertThat(markers(once.text())).as("every marker once").isEqualTo(markers(commented));
        Formatter.Formatted twice = Formatter.format(SourceText.of("p.bd", once.text()));
        assertThat(twice.text()).as("stable").isEqualTo(once.text());
    }

    /** A {@code /*cNx*}{@code /} before every token, {@code //lNx} ending and {@code // oNx} after every line. */
    private static String withComments(String source) {
        List<Token> tokens =
                Lexer.tokenize(SourceText.of("p.bd", source), new Diagnostics(SourceText.of("p.bd", source)));
        StringBuilder out = new StringBuilder();
        int from = 0;
        int n = 0;
        for (Token t : tokens) {
            if (t.is(TokenKind.EOF)) {
                break;
            }
            out.append(source, from, t.offset()).append("/*c").append(n++).append("x*/");
            from = t.offset();
        }
        out.append(source.substring(from));
        StringBuilder lines = new StringBuilder();
        int l = 0;
        for (String line : out.toString().split("\n", -1)) {
            if (lines.length() > 0) {
                lines.append('\n');
            }
            lines.append(line);
            if (!line.isBlank()) {
                lines.append(" //l").append(l++).append('x');
                lines.append("\n// o").append(l++).append('x');
            }
        }
        return lines.toString();
    }

    private static List<String> markers(String text) {
        Matcher m = MARKER.matcher(text);
        java.util.ArrayList<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        found.sort(null);
        return found;
    }
}
