package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.SourceSet;
import beskid.lowering.api.SourceUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodNode;

/** What a JVM debugger needs from a lowered class: file, path, lines and local names. */
class DebugInfoTest {
    private static final String SOURCE = """
            i32 square(i32 n) {
                i32 r = n * n;
                return r;
            }

            i32 main() {
                i32 mut total = 0;
                for i in range(0, 3) {
                    i32 sq = square(i); i32 twice = sq + sq;
                    total = total + twice;
                }
                return total;
            }
            """;

    private static ClassNode module() {
        LoweredArtifact a = Programs.lower("src/demo/Main.bd", SOURCE);
        ClassNode node = new ClassNode();
        new ClassReader(a.classes().get("prog.Main")).accept(node, 0);
        return node;
    }

    private static MethodNode method(ClassNode c, String name) {
        return c.methods.stream().filter(m -> m.name.equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theClassNamesItsFileAndCarriesASourceMapWithThePath() {
        ClassNode c = module();
        assertThat(c.sourceFile).isEqualTo("Main.bd");
        assertThat(c.sourceDebug)
                .isEqualTo("SMAP\nMain\nBeskid\n*S Beskid\n*F\n+ 1 Main.bd\nsrc/demo/Main.bd\n*L\n1#1,65535:1\n*E\n");
    }

    @Test
    void aModuleFilesClassNamesThatFileAndItsPathBesideTheEntry() {
        SourceSet program = new SourceSet(
                SourceUnit.of("src/demo/Main.bd", "pub mod geo.shapes;\ni32 main() { return geo.shapes.n(); }"),
                path -> path.equals("geo/shapes.bd")
                        ? SourceUnit.of("src/demo/geo/shapes.bd", "pub i32 n() { return 1; }")
                        : null);
        LoweredArtifact a = Programs.lower(program);
        ClassNode c = new ClassNode();
        new ClassReader(a.classes().get("prog.Main$geo$shapes")).accept(c, 0);
        assertThat(c.sourceFile).isEqualTo("geo/shapes.bd");
        assertThat(c.sourceDebug)
                .isEqualTo("SMAP\nMain$geo$shapes\nBeskid\n*S Beskid\n*F\n+ 1 shapes.bd\nsrc/demo/geo/shapes.bd\n"
                        + "*L\n1#1,65535:1\n*E\n");
    }

    @Test
    void everyStatementStartsALineEntryEvenTwoOnOneLine() {
        List<Integer> lines = new ArrayList<>();
        method(module(), "main").instructions.forEach(i -> {
            if (i instanceof LineNumberNode l) {
                lines.add(l.line);
            }
        });
        // 7 total, 8 for, 9 sq and 9 twice, 10 total=, 8 the step to the next i, 12 return
        assertThat(lines).containsExactly(7, 8, 9, 9, 10, 8, 12);
    }

    @Test
    void parametersAndLocalsCarryTheirBeskidNames() {
        ClassNode c = module();
        assertThat(names(method(c, "square"))).containsExactlyInAnyOrder("n:I", "r:I");
        assertThat(names(method(c, "main"))).containsExactlyInAnyOrder("total:I", "i:I", "sq:I", "twice:I");
    }

    private static List<String> names(MethodNode m) {
        List<String> out = new ArrayList<>();
        for (LocalVariableNode v : m.localVariables) {
            out.add(v.name + ":" + v.desc);
        }
        return out;
    }
}
