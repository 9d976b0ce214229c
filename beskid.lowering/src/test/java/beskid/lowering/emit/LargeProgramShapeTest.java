package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.TestCase;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Programs at the size limits the emitter splits around: a module with more functions than one
 * class takes, interpolations with more values or text than one concatenation site takes, texts
 * holding the characters a concatenation recipe reserves, and test metadata left out.
 */
class LargeProgramShapeTest {
    @Test
    void aModuleWithMoreFunctionsThanOneClassTakesSpillsIntoASecondClass() {
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < JvmTypes.FUNCTIONS_PER_CLASS; i++) {
            source.append("i32 f").append(i).append("() { return ").append(i).append("; }\n");
        }
        // main is function number 4097: the first of the second class
        source.append("""
                i32 main() {
                    i32(i32) twice = (i32 x) => x * 2;
                    return twice(f20()) + f1() + f4095() - 4095;
                }
                """);
        LoweredArtifact a = Programs.lower("big.bd", source.toString());
        assertThat(a.classes().keySet()).contains("prog.big", "prog.big$$1").doesNotContain("prog.big$$2");
        assertThat(a.entry().className()).isEqualTo("prog.big$$1");
        ClassNode part = new ClassNode();
        new ClassReader(a.classes().get("prog.big$$1")).accept(part, 0);
        assertThat(part.sourceFile).isEqualTo("big.bd");
        assertThat(part.methods).extracting(m -> m.name).containsExactlyInAnyOrder("main", "lambda$0");
        Programs.Run r = Programs.execute(a, a.entry(), "", java.util.List.of());
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isEqualTo(41);
    }

    @Test
    void anInlineModuleWithMoreFunctionsThanOneClassTakesSpillsToo() {
        StringBuilder source = new StringBuilder("mod inner {\n");
        for (int i = 0; i <= JvmTypes.FUNCTIONS_PER_CLASS; i++) {
            source.append("pub i32 f")
                    .append(i)
                    .append("() { return ")
                    .append(i)
                    .append("; }\n");
        }
        source.append("}\ni32 main() { return inner.f4096() - inner.f4090(); }\n");
        LoweredArtifact a = Programs.lower("big.bd", source.toString());
        assertThat(a.classes().keySet()).contains("prog.big$inner", "prog.big$inner$$1");
        Programs.Run r = Programs.execute(a, a.entry(), "", java.util.List.of());
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isEqualTo(6);
    }

    /** The concatenation sites of main: one per interpolation that fits a single pass, none when built pairwise. */
    private static long sites(String source) {
        LoweredArtifact a = Programs.lower("t.bd", source);
        ClassNode c = new ClassNode();
        new ClassReader(a.classes().get("prog.t")).accept(c, 0);
        MethodNode main = c.methods.stream()
                .filter(m -> m.name.equals("main"))
                .findFirst()
                .orElseThrow();
        long n = 0;
        for (AbstractInsnNode insn : main.instructions) {
            if (insn instanceof InvokeDynamicInsnNode indy && indy.name.equals("makeConcatWithConstants")) {
                n++;
            }
        }
        return n;
    }

    @Test
    void anInterpolationAtTheLimitsIsOneSinglePassSite() {
        String values = "${n}".repeat(100);
        assertThat(sites("use Std.System.IO;\nunit main() { i64 n = 7; IO.Println(\"" + values + "\"); }\n"))
                .isEqualTo(1);
        assertThat(sites("use Std.System.IO;\nunit main() { i64 n = 7; IO.Println(\"" + values + "${n}\"); }\n"))
                .isZero();
        String text = "€".repeat(16_000);
        assertThat(sites("use Std.System.IO;\nunit main() { i32 n = 7; IO.Println(\"" + text + "${n}\"); }\n"))
                .isEqualTo(1);
        assertThat(sites("use Std.System.IO;\nunit main() { i32 n = 7; IO.Println(\"" + text + "€${n}\"); }\n"))
                .isZero();
    }

    @Test
    void anInterpolationOfMoreValuesThanOneSiteTakesIsBuiltInPieces() {
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < 201; i++) {
            parts.append("${n}");
        }
        Programs.Run r =
                Programs.run("t.bd", "use Std.System.IO;\nunit main() { i32 n = 7; IO.Println(\"" + parts + "\"); }\n");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("7".repeat(201) + "\n");
    }

    @Test
    void anInterpolationOfMoreTextThanOneConstantHoldsIsBuiltInPieces() {
        String euros = "€".repeat(8000);
        Programs.Run r = Programs.run(
                "t.bd",
                "use Std.System.IO;\nunit main() { i32 n = 7; string s = \"" + euros + "${n}" + euros + "${n}" + euros
                        + "\"; IO.Println(\"${__str_len(s)}\"); }\n");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(3 * 3 * 8000 + 2 + "\n");
    }

    @Test
    void textsStartingWithTheCharactersARecipeReservesAreKeptAsTheyAre() {
        char argument = 1;
        char constant = 2;
        Programs.Run r = Programs.run(
                "t.bd",
                "use Std.System.IO;\nunit main() { i32 n = 7; IO.Println(\"" + argument + "a${n}" + constant
                        + "b${n}\"); }\n");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(argument + "a7" + constant + "b7\n");
    }

    @Test
    void metadataLeftOutIsAbsentNotEmpty() {
        LoweredArtifact a = Programs.lower("t.bd", """
                test Tagged {
                    meta {
                        tags = "fast";
                    }
                    return;
                }
                test Grouped {
                    meta {
                        group = "g";
                    }
                    skip {
                        condition = false;
                    }
                    return;
                }
                """);
        TestCase tagged = a.tests().get(0);
        assertThat(tagged.tags()).containsExactly("fast");
        assertThat(tagged.group()).isNull();
        TestCase grouped = a.tests().get(1);
        assertThat(grouped.tags()).isEmpty();
        assertThat(grouped.group()).isEqualTo("g");
        assertThat(grouped.skipCondition()).isNotNull();
        assertThat(grouped.skipReason()).isNull();
    }
}
