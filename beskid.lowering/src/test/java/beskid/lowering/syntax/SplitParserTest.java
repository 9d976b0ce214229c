package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.Diagnostic;
import beskid.lowering.ast.CompilationUnit;
import beskid.lowering.ast.Item;
import beskid.lowering.diag.Diagnostics;
import beskid.lowering.lanes.Lanes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A large file parsed as two halves gives the tree one pass gives; where the split would cut a
 * construct, or the file has errors, it is parsed whole and reports what one pass reports.
 */
class SplitParserTest {
    /** Items of every kind, about 600 chars, numbered so that no two copies are equal. */
    private static String items(int from, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            s.append("/// Adds ")
                    .append(i)
                    .append(".\n")
                    .append("i64 add")
                    .append(i)
                    .append("(i64 x) {\n")
                    .append("    i64(i64) f = (i64 y) => y + ")
                    .append(i)
                    .append(";\n")
                    .append("    string s = \"n ${x} and \\\"")
                    .append(i)
                    .append("\\\"\"; // a comment\n")
                    .append("    /* a block\n       comment */\n")
                    .append("    if x > ")
                    .append(i)
                    .append(" {\n        return f(x);\n    }\n")
                    .append("    return x;\n}\n")
                    .append("type Point")
                    .append(i)
                    .append(" {\n    i64 x,\n    i64 y,\n}\n")
                    .append("enum Shape")
                    .append(i)
                    .append(" {\n    Dot,\n    Line(i64 length),\n}\n")
                    .append("test Adds")
                    .append(i)
                    .append(" {\n    i64 r = add")
                    .append(i)
                    .append("(1);\n}\n");
        }
        return s.toString();
    }

    private static final int HALF = 450; // copies of items(): over half of SplitParser.MIN_CHARS

    /** A file whose middle, where the split is looked for, is {@code middle}. */
    private static String around(String middle) {
        String source = items(0, HALF) + middle + items(1000, HALF);
        int start = items(0, HALF).length();
        assertThat(source.length()).isGreaterThan(SplitParser.MIN_CHARS);
        assertThat(SplitParser.splitPoint(source))
                .as("the split is looked for in the middle")
                .isBetween(start, start + middle.length() - 1);
        return source;
    }

    private record Parsed(CompilationUnit unit, List<String> diagnostics) {}

    private static Parsed parse(String source, int lanes) {
        int before = Lanes.lanes;
        Lanes.lanes = lanes;
        try {
            SourceText text = SourceText.of("big.bd", source);
            Diagnostics diags = new Diagnostics(text);
            CompilationUnit unit = Parser.parse(text, diags);
            return new Parsed(
                    unit, diags.list().stream().map(Diagnostic::header).toList());
        } finally {
            Lanes.lanes = before;
        }
    }

    private static List<Item> split(String source) {
        int before = Lanes.lanes;
        Lanes.lanes = 2;
        try {
            return SplitParser.items(SourceText.of("big.bd", source));
        } finally {
            Lanes.lanes = before;
        }
    }

    @Test
    void aLargeFileParsesAsTwoHalvesToTheTreeOnePassGives() {
        String source = items(0, 2 * HALF);
        assertThat(source.length()).isGreaterThan(SplitParser.MIN_CHARS);
        List<Item> halves = split(source);
        assertThat(halves).as("split, not parsed whole").isNotNull();
        Parsed whole = parse(source, 1);
        assertThat(whole.diagnostics()).isEmpty();
        assertThat(halves).isEqualTo(whole.unit().items());
        assertThat(parse(source, 2)).isEqualTo(whole);
    }

    @Test
    void aSplitInsideABlockCommentABodyOrAfterADocCommentOrAttributeIsParsedWhole() {
        String lettersAtLineStart = "word and word\n".repeat(4000);
        List<String> middles = List.of(
                "/*\n" + lettersAtLineStart + "*/\n",
                "i64 long(i64 x) {\n" + "x = x + 1;\n".repeat(8000) + "return x;\n}\n",
                "/// documented\ni64 g(i64 x) {\n    return x;\n}\n".repeat(2000),
                "[Tag(n: 1)]\ncontract C {\n}\n".repeat(3000));
        for (String middle : middles) {
            String source = around(middle);
            assertThat(split(source)).as("parsed whole").isNull();
            assertThat(parse(source, 2)).isEqualTo(parse(source, 1));
        }
    }

    @Test
    void aFileWithErrorsIsParsedWholeWithTheSameDiagnostics() {
        for (String broken : List.of("i64 broken( {\n", "string s = \"open\n", "/* never closed\n")) {
            String first = items(0, HALF) + broken + items(1000, HALF);
            String second = items(0, 2 * HALF) + broken + items(1000, 50);
            for (String source : List.of(first, second)) {
                assertThat(source.length()).isGreaterThan(SplitParser.MIN_CHARS);
                Parsed whole = parse(source, 1);
                assertThat(whole.diagnostics()).isNotEmpty();
                assertThat(split(source)).isNull();
                assertThat(parse(source, 2)).isEqualTo(whole);
            }
        }
    }
}
