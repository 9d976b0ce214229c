package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import beskid.lowering.ast.BinaryExpr;
import beskid.lowering.ast.FunctionDecl;
import beskid.lowering.ast.LocalDecl;
import beskid.lowering.ast.NameExpr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every program of the shared conformance corpus parses without a single diagnostic. */
class CorpusParseTest {

    static Path corpusDir() {
        Path here = Path.of(System.getProperty("user.dir"));
        for (Path candidate : List.of(
                here.resolve("../../shared/corpus"),
                here.resolve("../shared/corpus"),
                Path.of("/work/shared/corpus"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.normalize();
            }
        }
        return null;
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusProgramParsesWithoutDiagnostics() throws IOException {
        Path dir = corpusDir();
        assumeTrue(dir != null, "shared corpus not present");
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".bd")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    ParseSupport.Parsed parsed = ParseSupport.parseBytes(Files.readAllBytes(file));
                    assertThat(parsed.errors()).isEmpty();
                    assertThat(parsed.unit().items()).isNotEmpty();
                }));
    }

    @Test
    void undefinedNameOfCompileErrorProgramIsWhereTheCorpusExpectsIt() throws IOException {
        Path dir = corpusDir();
        assumeTrue(dir != null && Files.exists(dir.resolve("compile_error.bd")), "compile_error.bd not present");
        ParseSupport.Parsed parsed = ParseSupport.parseBytes(Files.readAllBytes(dir.resolve("compile_error.bd")));
        // `//! compile-error: 5:17 undefined_name`: the checker reports at the NameExpr's position.
        FunctionDecl main = (FunctionDecl) parsed.unit().items().get(0);
        LocalDecl c = (LocalDecl) main.body().statements().get(2);
        NameExpr name = (NameExpr) ((BinaryExpr) c.init()).right();
        assertThat(name.name()).isEqualTo("undefined_name");
        assertThat(name.pos().line() + ":" + name.pos().column()).isEqualTo("5:17");
    }
}
