package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.ast.BinaryExpr;
import beskid.lowering.ast.FunctionDecl;
import beskid.lowering.ast.LocalDecl;
import beskid.lowering.ast.NameExpr;
import beskid.testkit.Corpus;
import beskid.testkit.Expectations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program of the conformance corpus parses without a single diagnostic, except the
 * programs that pin a syntax error: those report it where their {@code //! compile-error:}
 * line says.
 */
class CorpusParseTest {

    @TestFactory
    Stream<DynamicTest> everyCorpusProgramParsesWithoutDiagnostics() {
        List<Path> files = Corpus.programs();
        assertThat(files).isNotEmpty();
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(Corpus.label(file), () -> {
                    ParseSupport.Parsed parsed = ParseSupport.parseBytes(Files.readAllBytes(file));
                    assertThat(parsed.unit().items()).isNotEmpty();
                    Expectations expected = Expectations.of(file);
                    if (expected.compileError() == null || parsed.diagnostics().isEmpty()) {
                        assertThat(parsed.errors()).isEmpty();
                        return;
                    }
                    // A syntax-error program: the parser itself reports the expected error.
                    assertThat(parsed.diagnostics())
                            .as(parsed.errors())
                            .anyMatch(d -> expected.compileErrorPositions().contains(d.line() + ":" + d.column())
                                    && d.message().contains(expected.compileErrorWord()));
                }));
    }

    @Test
    void undefinedNameOfCompileErrorProgramIsWhereTheCorpusExpectsIt() throws IOException {
        ParseSupport.Parsed parsed = ParseSupport.parseBytes(Files.readAllBytes(Corpus.file("compile_error.bd")));
        // `//! compile-error: 5:17 undefined_name`: the checker reports at the NameExpr's position.
        FunctionDecl main = (FunctionDecl) parsed.unit().items().get(0);
        LocalDecl c = (LocalDecl) main.body().statements().get(2);
        NameExpr name = (NameExpr) ((BinaryExpr) c.init()).right();
        assertThat(name.name()).isEqualTo("undefined_name");
        assertThat(name.pos().line() + ":" + name.pos().column()).isEqualTo("5:17");
    }
}
