package beskid.lowering.format;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.Diagnostic;
import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.SourceLoader;
import beskid.lowering.api.SourceSet;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.api.TestCase;
import beskid.lowering.service.LoweringComponent;
import beskid.lowering.syntax.SourceText;
import beskid.testkit.Corpus;
import beskid.testkit.Expectations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The formatter over every corpus program: formatting is idempotent, and the formatted program
 * means the same. "The same" is checked on what lowering makes of it: the same classes byte
 * for byte once line-number tables are removed (layout moves lines, and only the line table
 * and the test's declared line record them), the same imports, interop tags, exports, entry
 * point and tests (the artifact's source hash differs by definition: the text changed). A
 * program that does not compile fails with the same errors (codes and messages; their
 * positions may move).
 */
class FormatCorpusTest {
    private static final LoweringComponent LOWERING = new LoweringComponent();

    static List<Path> programs() {
        return Corpus.programs();
    }

    private static String format(String name, String text) {
        Formatter.Formatted f = Formatter.format(SourceText.of(name, text));
        assertThat(f.diagnostics()).as("diagnostics of " + name).isEmpty();
        return f.text();
    }

    /**
     * Whether the program has syntax errors, which the formatter refuses (only programs that
     * are expected not to compile may have them); the others must format.
     */
    private static boolean refused(Path file, String text) {
        Formatter.Formatted f =
                Formatter.format(SourceText.of(file.getFileName().toString(), text));
        if (f.text() != null) {
            return false;
        }
        assertThat(Expectations.of(file).compileError())
                .as(file.getFileName() + " is refused (" + f.diagnostics() + "), so it must be a compile-error program")
                .isNotNull();
        return true;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void formattingIsIdempotent(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (refused(file, Files.readString(file))) {
            return;
        }
        String once = format(name, Files.readString(file));
        String twice = format(name, once);
        assertThat(twice).as("formatting the formatted " + name).isEqualTo(once);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    @Tag("slow") // lowers every corpus program twice, a second or more in all: the mutation profile leaves it out
    void formattingKeepsTheLoweredArtifact(Path file) throws IOException {
        String name = file.getFileName().toString();
        String source = Files.readString(file);
        if (refused(file, source)) {
            return;
        }
        String formatted = format(name, source);
        // The whole program: its module files are read beside it, formatted too on the right.
        SourceLoader modules = SourceSet.loaderBeside(file);
        SourceLoader formattedModules = path -> {
            SourceUnit unit = modules.load(path);
            if (unit == null) {
                return null;
            }
            String text = format(unit.path(), new String(unit.content(), StandardCharsets.UTF_8));
            return SourceUnit.of(unit.path(), text);
        };
        LoweringResult before = LOWERING.lower(new SourceSet(SourceUnit.of(file.toString(), source), modules));
        LoweringResult after =
                LOWERING.lower(new SourceSet(SourceUnit.of(file.toString(), formatted), formattedModules));
        if (!before.ok()) {
            assertThat(after.ok()).as(name + " still fails to compile").isFalse();
            assertThat(messages(after.diagnostics())).isEqualTo(messages(before.diagnostics()));
            return;
        }
        assertThat(after.ok())
                .as(name + " formatted still compiles: " + after.diagnostics())
                .isTrue();
        LoweredArtifact a = before.artifact();
        LoweredArtifact b = after.artifact();
        assertThat(withoutLines(b.classes())).as("classes of " + name).isEqualTo(withoutLines(a.classes()));
        assertThat(b.imports()).isEqualTo(a.imports());
        assertThat(b.interopTags()).isEqualTo(a.interopTags());
        assertThat(b.exports()).isEqualTo(a.exports());
        assertThat(b.entry()).isEqualTo(a.entry());
        assertThat(b.tests().stream().map(FormatCorpusTest::withoutLine).toList())
                .isEqualTo(a.tests().stream().map(FormatCorpusTest::withoutLine).toList());
    }

    @org.junit.jupiter.api.Test
    void theComparisonSeesAChangeOfMeaningButNotOfLines() {
        String a = "i32 main() { i32 x = 2; return (x + 1) * x; }";
        String moved = "i32 main()\n{\n\n    i32 x = 2;\n\n    return (x + 1) * x;\n}\n";
        String changed = "i32 main() { i32 x = 2; return x + 1 * x; }";
        Map<String, String> base = withoutLines(lowered(a).classes());
        assertThat(withoutLines(lowered(moved).classes())).isEqualTo(base);
        assertThat(withoutLines(lowered(changed).classes())).isNotEqualTo(base);
        assertThat(lowered(moved).classes())
                .as("the line tables do differ")
                .isNotEqualTo(lowered(a).classes());
    }

    private static LoweredArtifact lowered(String text) {
        LoweringResult r = LOWERING.lower(SourceUnit.of("same.bd", text));
        assertThat(r.ok()).as(r.diagnostics().toString()).isTrue();
        return r.artifact();
    }

    private static List<String> messages(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.code() + " " + d.message()).toList();
    }

    private static TestCase withoutLine(TestCase t) {
        return new TestCase(t.name(), 0, t.body(), t.skipCondition(), t.skipReason(), t.tags(), t.group());
    }

    /** Each class rewritten without its line-number table, as text for a readable diff. */
    private static Map<String, String> withoutLines(Map<String, byte[]> classes) {
        Map<String, String> out = new TreeMap<>();
        classes.forEach((name, bytes) -> {
            ClassWriter writer = new ClassWriter(0);
            new ClassReader(bytes)
                    .accept(
                            new ClassVisitor(Opcodes.ASM9, writer) {
                                @Override
                                public MethodVisitor visitMethod(int access, String n, String d, String s, String[] e) {
                                    return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, n, d, s, e)) {
                                        @Override
                                        public void visitLineNumber(int line, Label start) {}
                                    };
                                }
                            },
                            0);
            out.put(name, Arrays.toString(writer.toByteArray()));
        });
        return out;
    }
}
