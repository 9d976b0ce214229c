package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.LoweredArtifact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Interpolation as one StringConcatFactory site, and lambdas passed to generic parameters made
 * directly in the parameter's shape: same output as before, run end to end, and the shape of
 * the code they become.
 */
class ConcatAndBridgeTest {
    private static String out(String source) {
        Programs.Run r = Programs.run(source);
        assertThat(r.err()).isEmpty();
        return r.out();
    }

    /** The bootstrap owner and name of every invokedynamic in the program's own classes. */
    private static List<String> indySites(String source) {
        LoweredArtifact a = Programs.lower("t.bd", source);
        List<String> sites = new ArrayList<>();
        a.classes().forEach((name, bytes) -> {
            if (name.startsWith("Std.")) {
                return;
            }
            ClassNode node = new ClassNode();
            new ClassReader(bytes).accept(node, 0);
            for (MethodNode m : node.methods) {
                for (AbstractInsnNode insn : m.instructions) {
                    if (insn instanceof InvokeDynamicInsnNode indy) {
                        sites.add(indy.bsm.getOwner() + " " + indy.name + indy.desc);
                    }
                }
            }
        });
        return sites;
    }

    @Test
    void interpolationWritesEveryKindOfValueAsTheRuntimeDoes() {
        assertThat(out("""
                use Std.System.IO;
                unit main() {
                    i32 a = -7;
                    i64 b = -9223372036854775807 - 1;
                    u8 c = 255;
                    bool d = false;
                    char e = 'ż';
                    char f = '😀';
                    string g = "żółw";
                    IO.Println("a=${a} b=${b} c=${c} d=${d} e=${e}${f} g=${g} ${true}${1}");
                    IO.Println("${g}${g}");
                    IO.Println("${a}");
                    IO.Println("x${e}");
                }
                """))
                .isEqualTo("a=-7 b=-9223372036854775808 c=255 d=false e=ż😀 g=żółw true1\nżółwżółw\n-7\nxż\n");
    }

    @Test
    void recipeMarkerCharsInTextStayText() {
        assertThat(out("""
                use Std.System.IO;
                unit main() {
                    i32 n = 5;
                    string s = "[\u0001]${n}[\u0002]";
                    IO.Println("${__str_len(s)} ${s == "[\u0001]5[\u0002]"}");
                }
                """.replace("\\u0001", "\u0001").replace("\\u0002", "\u0002")))
                .isEqualTo("7 true\n");
    }

    @Test
    void interpolationIsOneConcatenationSite() {
        List<String> sites = indySites("""
                use Std.System.IO;
                unit main() {
                    i64 n = 3;
                    char c = 'x';
                    IO.Println("n=${n} c=${c} ${n > 2}");
                }
                """);
        assertThat(sites)
                .filteredOn(s -> s.contains("makeConcatWithConstants"))
                .containsExactly(
                        "java/lang/invoke/StringConcatFactory makeConcatWithConstants(JLjava/lang/String;Z)Ljava/lang/String;");
        assertThat(sites).noneMatch(s -> s.contains("str_concat") || s.contains("str_from_i64"));
    }

    @Test
    void aChainOfStringPlusIsOneSiteInSourceOrder() {
        String source = """
                use Std.System.IO;
                string tag(string s) { IO.Print(s); return s; }
                unit main() {
                    string b = "ż";
                    string s = tag("a") + b + tag("c") + "d" + (tag("e") + "f");
                    IO.Println(" ${s} ${__str_len(s)}");
                    IO.Println(b + "!");
                }
                """;
        assertThat(out(source)).isEqualTo("ace ażcdef 7\nż!\n");
        assertThat(indySites(source))
                .filteredOn(s -> s.contains("makeConcatWithConstants"))
                .containsExactly(
                        "java/lang/invoke/StringConcatFactory makeConcatWithConstants(Ljava/lang/String;Ljava/lang/String;"
                                + "Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;",
                        "java/lang/invoke/StringConcatFactory makeConcatWithConstants(Ljava/lang/String;J)Ljava/lang/String;");
    }

    @Test
    void longTextsAreStillJoinedPairwise() {
        String text = "y".repeat(20_000);
        assertThat(out("use Std.System.IO;\nunit main() {\n    i32 n = 4;\n    string s = \"" + text
                        + "${n}\";\n    IO.Println(\"${__str_len(s)}\");\n}\n"))
                .isEqualTo("20001\n");
    }

    @Test
    void lambdaPassedToAGenericParameterConvertsArgumentsAndResult() {
        assertThat(out("""
                use Std.System.IO;
                use Std.Collections.Array;
                type P { i32 x }
                T apply<T>((T) => T f, T x) { return f(x); }
                R map<T, R>((T) => R f, T x) { return f(x); }
                T first<T>(T[] a, (T) => T f) { return f(Array.Get(a, 0)); }
                T twice<T>(((T) => T) => T h, (T) => T f) { return h(f); }
                unit main() {
                    i64 k = 40;
                    IO.Println("${apply((i64 x) => x + k, 2)}");
                    IO.Println("${apply((string s) => s + "!", "hi")}");
                    IO.Println("${map((P p) => p.x * 2, P { x: 21 })}");
                    i64[] zeros = Array.New(1);
                    IO.Println("${first(zeros, (i64 x) => x + 1)}");
                    IO.Println("${twice(((i64) => i64 g) => g(5), (i64 x) => x * 3)}");
                    bool b = apply((bool v) => !v, true);
                    IO.Println("${b}");
                }
                """)).isEqualTo("42\nhi!\n42\n1\n15\nfalse\n");
    }

    @Test
    void namedFunctionPassedToAGenericParameterIsBridgedToo() {
        String source = """
                use Std.System.IO;
                type P { i32 x }
                T apply<T>((T) => T f, T x) { return f(x); }
                R map<T, R>((T) => R f, T x) { return f(x); }
                unit each<T>((T) => unit f, T x) { f(x); }
                i64 inc(i64 x) { return x + 1; }
                i32 px(P p) { return p.x; }
                unit show(bool b) { IO.Println("b=${b}"); }
                unit main() {
                    IO.Println("${apply(inc, 41)} ${map(px, P { x: 7 })}");
                    each(show, true);
                }
                """;
        assertThat(out(source)).isEqualTo("42 7\nb=true\n");
        LoweredArtifact a = Programs.lower("t.bd", source);
        assertThat(a.classes().keySet()).noneMatch(n -> n.contains("$Adapt$"));
    }

    @Test
    void lambdaPassedToAGenericParameterNeedsNoWrapper() {
        LoweredArtifact a = Programs.lower("t.bd", """
                T apply<T>((T) => T f, T x) { return f(x); }
                i32 main() {
                    i64 r = apply((i64 x) => x + 1, 2);
                    return r;
                }
                """);
        assertThat(a.classes().keySet()).noneMatch(n -> n.contains("$Adapt$"));
        assertThat(indySites("""
                T apply<T>((T) => T f, T x) { return f(x); }
                i32 main() {
                    i64 r = apply((i64 x) => x + 1, 2);
                    return r;
                }
                """)).containsExactly("java/lang/invoke/LambdaMetafactory invoke()Lprog/t$Fn$L_L;");
    }
}
