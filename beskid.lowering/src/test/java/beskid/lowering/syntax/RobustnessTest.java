package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import beskid.lowering.diag.ErrorCode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hostile inputs end in diagnostics and a tree, never in an exception, a hang or a stack
 * overflow. Each test also checks that no internal error was caught at the parser boundary.
 */
class RobustnessTest {

    private static ParseSupport.Parsed parseSafely(byte[] bytes) {
        ParseSupport.Parsed parsed =
                assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ParseSupport.parseBytes(bytes));
        assertThat(parsed.unit()).isNotNull();
        assertThat(parsed.unit().items()).isNotNull();
        assertThat(parsed.errors()).doesNotContain(ErrorCode.INTERNAL_ERROR);
        return parsed;
    }

    private static ParseSupport.Parsed parseSafely(String text) {
        return parseSafely(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void emptyFileGivesNoItemsAndNoErrors() {
        ParseSupport.Parsed parsed = parseSafely(new byte[0]);
        assertThat(parsed.unit().items()).isEmpty();
        assertThat(parsed.diagnostics()).isEmpty();
    }

    @Test
    void binaryGarbageGivesDiagnosticsNotExceptions() {
        byte[] garbage = new byte[200_000];
        new Random(42).nextBytes(garbage);
        ParseSupport.Parsed parsed = parseSafely(garbage);
        assertThat(parsed.diagnostics()).isNotEmpty();
    }

    @Test
    void tenThousandNestedParenthesesReportNestingTooDeep() {
        String src = "i32 main() { return " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "; }\n";
        ParseSupport.Parsed parsed = parseSafely(src);
        assertThat(parsed.diagnostics()).extracting("code").containsExactly(ErrorCode.NESTING_TOO_DEEP);
        assertThat(parsed.unit().items()).hasSize(1);
    }

    @Test
    void tenThousandNestedBlocksReportNestingTooDeep() {
        String src = "unit main() " + "{".repeat(10_000) + "}".repeat(10_000) + "\nunit after() { }\n";
        ParseSupport.Parsed parsed = parseSafely(src);
        assertThat(parsed.diagnostics()).extracting("code").containsExactly(ErrorCode.NESTING_TOO_DEEP);
        assertThat(parsed.unit().items()).hasSize(2);
    }

    @Test
    void unterminatedNestingDoesNotOverflowTheStack() {
        parseSafely("i32 main() { return " + "(".repeat(50_000));
        parseSafely("unit main() " + "{".repeat(50_000));
        parseSafely("unit main() { x = " + "-".repeat(50_000) + "1; }");
        parseSafely("unit main() { List<" + "List<".repeat(50_000) + "i32> x = 1; }");
        parseSafely("unit main() { x = " + "a<".repeat(50_000) + "; }");
        parseSafely("unit main() { x = \"" + "${\"".repeat(20_000) + "; }");
        parseSafely("unit main() { match x { " + "E::V(".repeat(20_000) + " }");
    }

    @Test
    void longOperatorChainIsNotNesting() {
        // Issue 13, bug 3: only real nesting counts toward E0107, not the links of a flat chain.
        for (String op : List.of(" + ", " && ", " || ", " * ")) {
            String src = "i32 main() { return " + ("1" + op).repeat(100_000) + "1; }\n";
            ParseSupport.Parsed parsed = parseSafely(src);
            assertThat(parsed.diagnostics()).as(op).isEmpty();
        }
    }

    @Test
    void nestingInsideAFlatChainStillCounts() {
        String src = "i32 main() { return 1 + " + "(1 + ".repeat(300) + "1" + ")".repeat(300) + " + 1; }\n";
        ParseSupport.Parsed parsed = parseSafely(src);
        assertThat(parsed.diagnostics()).extracting("code").containsExactly(ErrorCode.NESTING_TOO_DEEP);
    }

    @Test
    @Tag("performance") // the mutation profile leaves it out: a run per mutant costs 15 s
    void fiveMegabyteFileParsesInLinearTime() {
        String function = """
                i64 fib%d(i64 n) {
                    if n < 2 { return n; }
                    string s = "v=${n + 1} ${f(n)}";
                    let g = (i32 x) => x * 2;
                    return fib(n - 1) + fib(n - 2);
                }
                """;
        StringBuilder src = new StringBuilder();
        for (int i = 0; src.length() < 5_000_000; i++) {
            src.append(function.replace("%d", Integer.toString(i)));
        }
        byte[] bytes = src.toString().getBytes(StandardCharsets.UTF_8);
        // CPU time of the parsing thread, not wall time: the build machine may be busy.
        long[] cpuNanos = new long[1];
        ParseSupport.Parsed parsed = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            ParseSupport.Parsed result = ParseSupport.parseBytes(bytes);
            cpuNanos[0] = threads.getCurrentThreadCpuTime() - start;
            return result;
        });
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.unit().items()).hasSizeGreaterThan(20_000);
        assertThat(cpuNanos[0] / 1_000_000)
                .as("CPU ms to decode, lex and parse 5 MB")
                .isLessThan(4_000);
    }

    @Test
    @Tag("slow") // a second or more: the mutation profile leaves it out
    void megabytesOnOneLineDoNotGoQuadratic() {
        String src = "i32 main() { return " + "a(b, c) + ".repeat(300_000) + "1; }";
        parseSafely(src);
        String garbage = "#".repeat(1_500_000) + " $ ".repeat(500_000);
        parseSafely(garbage);
    }

    @Test
    void mutatedCorpusProgramsNeverThrowOrHang() throws java.io.IOException {
        java.util.List<String> seeds = new java.util.ArrayList<>();
        for (java.nio.file.Path p : beskid.testkit.Corpus.programs()) {
            seeds.add(java.nio.file.Files.readString(p));
        }
        seeds.add("i32 main() { let f = (i32 x) => match x { E::V(y) when y > 0 => \"${y}\", _ => \"\" }; return 0; }");
        String[] fragments = {
            "(",
            ")",
            "{",
            "}",
            "[",
            "]",
            "<",
            ">",
            "::",
            ":",
            ",",
            ";",
            "=>",
            "=",
            "\"",
            "${",
            "'",
            "match",
            "if",
            "else",
            "for",
            "in",
            "x",
            "1",
            "-",
            "?",
            ".",
            "type",
            "enum",
            "test",
            "meta",
            "skip",
            "event",
            "ref",
            "/*",
            "//",
            "///",
            "\n",
            "mut",
            "let",
            "return",
            "impl",
            "contract",
            "mod",
            "use",
            "pub",
            "_",
            "when",
            "#",
            "\\",
            "\u00ff"
        };
        Random random = new Random(7);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder src = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
            for (int m = 1 + random.nextInt(8); m > 0; m--) {
                int at = random.nextInt(src.length() + 1);
                if (random.nextBoolean()) {
                    src.delete(at, Math.min(src.length(), at + 1 + random.nextInt(10)));
                } else {
                    for (int k = random.nextInt(20); k >= 0; k--) {
                        src.insert(at, fragments[random.nextInt(fragments.length)]);
                    }
                }
            }
            String text = src.toString();
            ParseSupport.Parsed parsed = ParseSupport.parse(text);
            assertThat(parsed.errors()).as(text).doesNotContain(ErrorCode.INTERNAL_ERROR);
        }
    }

    @Test
    void unterminatedStringAndCommentAreReported() {
        assertThat(parseSafely("unit f() { string s = \"abc; }\n").errors()).contains(ErrorCode.UNTERMINATED_STRING);
        assertThat(parseSafely("unit f() { } /* no end").errors()).contains(ErrorCode.UNTERMINATED_COMMENT);
        assertThat(parseSafely("unit f() { string s = \"${a + ; }").errors()).contains(ErrorCode.UNTERMINATED_STRING);
    }

    @Test
    void invalidUtf8IsReportedAndParsingContinues() {
        byte[] head = "unit f() { string s = \"x".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"; }\nunit g() { }\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xFF; // column 25: never valid in UTF-8
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        ParseSupport.Parsed parsed = parseSafely(bytes);
        assertThat(parsed.errors()).isEqualTo("1:25 E0106 invalid UTF-8 byte sequence");
        assertThat(parsed.unit().items()).hasSize(2);
    }

    @Test
    void treeDepthStaysBoundedForHostileNesting() {
        String[] hostile = {
            "i32 main() { return " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "; }",
            "i32 main() { return " + "-".repeat(10_000) + "1; }",
            "i32 main() { return a" + ".b".repeat(10_000) + "; }",
            "i32 main() { return f" + "()".repeat(10_000) + "; }",
            "i32 main() { x" + " = x".repeat(10_000) + "; }",
            "unit main() " + "{ if a ".repeat(5_000) + "}".repeat(5_000) + "}",
            "List<".repeat(10_000) + "i32" + ">".repeat(10_000) + " f() { }",
            "i32 main() { return match x { " + "E::V(".repeat(10_000) + ")".repeat(10_000) + " => 1 }; }",
            "mod m { ".repeat(10_000) + "}".repeat(10_000),
            "i32 main() { return \"" + "${\"".repeat(5_000) + "\"}".repeat(5_000) + "\"; }",
        };
        for (String src : hostile) {
            ParseSupport.Parsed parsed = parseSafely(src);
            assertThat(parsed.errors())
                    .as(src.substring(0, 40))
                    .contains(ErrorCode.NESTING_TOO_DEEP)
                    .contains("nesting too deep: more than 256 levels");
            // Later passes recurse over nested nodes (flat chains they walk in loops): the depth stays near the limit.
            assertThat(AstDepth.of(parsed.unit())).as(src.substring(0, 40)).isLessThan(4 * TokenCursor.MAX_DEPTH);
        }
    }
}
