package beskid.lowering.check;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.emit.Programs;
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
 * Golden checker diagnostics: each {@code check/errors/NAME.bd} checks to exactly the
 * diagnostics in {@code NAME.expected} (one header per line, in order: position, code,
 * message). Run with {@code -Dgolden.update=true} to rewrite them after a deliberate change,
 * then review the diff.
 */
class CheckerGoldenDiagnosticsTest {
    private static final Path DIR = Path.of(System.getProperty("user.dir"), "src/test/resources/check/errors");

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> list = Files.list(DIR)) {
            return list.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String diagnostics(Path source) throws IOException {
        List<String> headers =
                Programs.errors(source.getFileName().toString(), Files.readString(source, StandardCharsets.UTF_8));
        return String.join("\n", headers) + "\n";
    }

    @TestFactory
    Stream<DynamicTest> everyErrorProgramHasItsExpectedDiagnostics() throws IOException {
        boolean update = Boolean.getBoolean("golden.update");
        return files(".bd").stream()
                .map(source -> DynamicTest.dynamicTest(source.getFileName().toString(), () -> {
                    Path expectedFile = Path.of(source.toString().replaceFirst("\\.bd$", ".expected"));
                    String actual = diagnostics(source);
                    if (update) {
                        Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
                    }
                    assertThat(actual.strip()).as("at least one error").isNotEmpty();
                    assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
                }));
    }

    @Test
    void everyExpectationHasItsProgram() throws IOException {
        for (Path expected : files(".expected")) {
            assertThat(Path.of(expected.toString().replaceFirst("\\.expected$", ".bd")))
                    .as("program for " + expected.getFileName())
                    .exists();
        }
    }
}
