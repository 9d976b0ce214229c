package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.diag.Diagnostics;
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
 * Golden diagnostics: each {@code syntax/errors/NAME.bd} parses to exactly the rendering in
 * {@code NAME.expected} (header, source line, caret for every error, in order). Run with
 * {@code -Dgolden.update=true} to rewrite the expectations after a deliberate change, then
 * review the diff.
 */
class GoldenDiagnosticsTest {
    private static final Path DIR = Path.of(System.getProperty("user.dir"), "src/test/resources/syntax/errors");

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> list = Files.list(DIR)) {
            return list.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String render(Path source) throws IOException {
        SourceText text = SourceText.decode(source.getFileName().toString(), Files.readAllBytes(source));
        Diagnostics diags = new Diagnostics(text);
        Parser.parse(text, diags);
        return diags.render();
    }

    @TestFactory
    Stream<DynamicTest> everyErrorProgramRendersItsExpectedDiagnostics() throws IOException {
        boolean update = Boolean.getBoolean("golden.update");
        return files(".bd").stream()
                .map(source -> DynamicTest.dynamicTest(source.getFileName().toString(), () -> {
                    Path expectedFile = Path.of(source.toString().replaceFirst("\\.bd$", ".expected"));
                    String actual = render(source);
                    if (update) {
                        Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
                    }
                    assertThat(expectedFile).as("expectation file").exists();
                    assertThat(actual).as("diagnostics need at least one error").isNotEmpty();
                    assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
                }));
    }

    @Test
    void everyExpectationHasItsProgram() throws IOException {
        for (Path expected : files(".expected")) {
            Path source = Path.of(expected.toString().replaceFirst("\\.expected$", ".bd"));
            assertThat(source)
                    .as("program for orphan " + expected.getFileName())
                    .exists();
        }
    }
}
