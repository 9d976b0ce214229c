package beskid.lowering.format;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.syntax.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden layouts, one small pair per FORMAT.md rule, named after it: each
 * {@code format/ruleNN_NAME.bd} formats to exactly {@code ruleNN_NAME.expected}, and the
 * expectation is a fixed point (formatting it changes nothing). Run with
 * {@code -Dgolden.update=true} to rewrite the expectations after a deliberate change, then
 * review the diff.
 */
class GoldenFormatTest {
    private static final Path DIR = Path.of(System.getProperty("user.dir"), "src/test/resources/format");

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> list = Files.list(DIR)) {
            return list.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String format(String name, String text) {
        Formatter.Formatted f = Formatter.format(SourceText.of(name, text));
        assertThat(f.diagnostics()).as("diagnostics of " + name).isEmpty();
        return f.text();
    }

    @TestFactory
    Stream<DynamicTest> everyRuleFormatsToItsExpectedLayout() throws IOException {
        boolean update = Boolean.getBoolean("golden.update");
        return files(".bd").stream()
                .map(source -> DynamicTest.dynamicTest(source.getFileName().toString(), () -> {
                    Path expectedFile = Path.of(source.toString().replaceFirst("\\.bd$", ".expected"));
                    String name = source.getFileName().toString();
                    String actual = format(name, Files.readString(source, StandardCharsets.UTF_8));
                    if (update) {
                        Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
                    }
                    assertThat(expectedFile).as("expectation file").exists();
                    String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
                    assertThat(actual).isEqualTo(expected);
                    assertThat(format(name, expected))
                            .as("the expectation is already formatted")
                            .isEqualTo(expected);
                }));
    }

    @Test
    void everyExpectationHasItsInput() throws IOException {
        for (Path expected : files(".expected")) {
            Path source = Path.of(expected.toString().replaceFirst("\\.expected$", ".bd"));
            assertThat(source).as("input for orphan " + expected.getFileName()).exists();
        }
    }

    @Test
    void everyRuleOfTheSpecHasAPair() throws IOException {
        List<String> names =
                files(".bd").stream().map(p -> p.getFileName().toString()).toList();
        for (int rule = 1; rule <= 15; rule++) {
            String prefix = String.format("rule%02d_", rule);
            assertThat(names).as("a pair for rule " + rule).anyMatch(n -> n.startsWith(prefix));
        }
    }
}
