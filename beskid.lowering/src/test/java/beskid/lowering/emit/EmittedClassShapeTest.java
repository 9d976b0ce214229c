package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.LoweredArtifact;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * The classes of types, enums, variants and contracts: the file they name for stack traces and
 * debuggers, the methods their lambdas become, and frames that merge variants of one enum.
 */
class EmittedClassShapeTest {
    private static final String SHAPES = """
            use Std.System.IO;
            contract Named { string Name(); }
            enum Shape { Circle(i32 r), Square(i32 s), Empty }
            type Box : Named { i32 n }
            impl Shape {
                i32 Scaled(i32 k) {
                    i32(i32) times = (i32 x) => x * k;
                    i32(i32) plus = (i32 x) => x + k;
                    return match this { Shape::Circle(r) => times(r), Shape::Square(s) => plus(s), Shape::Empty => 0 };
                }
            }
            impl Box {
                string Name() {
                    string(i32) show = (i32 x) => "box ${x}";
                    return show(this.n);
                }
                Shape Pick() {
                    Shape s = match this.n { 0 => Shape::Empty, 1 => Shape::Circle(this.n), _ => Shape::Square(this.n) };
                    return s;
                }
            }
            unit main() {
                Box b = Box { n: 2 };
                IO.Println("${b.Name()} ${b.Pick().Scaled(5)} ${Shape::Circle(3).Scaled(2)}");
                Box c = Box { n: 1 };
                IO.Println("${c.Pick().Scaled(4)} ${Box { n: 0 }.Pick().Scaled(9)}");
            }
            """;

    private static ClassNode node(LoweredArtifact a, String name) {
        ClassNode node = new ClassNode();
        new ClassReader(a.classes().get(name)).accept(node, 0);
        return node;
    }

    private static List<String> methods(ClassNode c) {
        return c.methods.stream().map(m -> m.name).toList();
    }

    @Test
    void typesEnumsVariantsAndContractsNameTheirFileAndPath() {
        LoweredArtifact a = Programs.lower("src/demo/Main.bd", SHAPES);
        for (String cls : List.of("prog.Main$Shape", "prog.Main$Shape$Circle", "prog.Main$Box", "prog.Main$Named")) {
            ClassNode c = node(a, cls);
            assertThat(c.sourceFile).as(cls).isEqualTo("Main.bd");
            assertThat(c.sourceDebug).as(cls).contains("+ 1 Main.bd\nsrc/demo/Main.bd\n");
        }
    }

    @Test
    void lambdasInMethodsOfTypesAndEnumsRunAndAreNumberedInOrder() {
        Programs.Run r = Programs.run("t.bd", SHAPES);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("box 2 7 6\n4 0\n");
        LoweredArtifact a = Programs.lower("t.bd", SHAPES);
        assertThat(methods(node(a, "prog.t$Shape"))).contains("lambda$0", "lambda$1");
        assertThat(methods(node(a, "prog.t$Box"))).contains("lambda$0");
    }

    @Test
    void namedFunctionsMadeInOtherShapesGetNumberedBridges() {
        LoweredArtifact a = Programs.lower("t.bd", """
                T apply<T>((T) => T f, T x) { return f(x); }
                i64 inc(i64 x) { return x + 1; }
                i64 dec(i64 x) { return x - 1; }
                i32 main() {
                    i64 r = apply(inc, 41) + apply(dec, 1);
                    return r;
                }
                """);
        List<String> names = methods(node(a, "prog.t"));
        assertThat(names).contains("fn$0$as", "fn$1$as");
        assertThat(names.stream().filter(n -> n.startsWith("fn$"))).hasSize(2);
    }

    @Test
    void aMethodOfATypeInAnInlineModuleMergesTheVariantsOfItsEnum() {
        Programs.Run r = Programs.run("t.bd", """
                use Std.System.IO;
                mod inner {
                    pub enum Light { Red(i32 t), Green(i32 t) }
                    pub type Lamp { bool on }
                    impl Lamp {
                        pub Light State() {
                            Light l = match this.on { true => Light::Green(1), false => Light::Red(2) };
                            return l;
                        }
                    }
                }
                unit main() {
                    inner.Lamp lamp = inner.Lamp { on: true };
                    i32 t = match lamp.State() { inner.Light::Red(t) => t, inner.Light::Green(t) => t + 10 };
                    IO.Println("${t}");
                }
                """);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("11\n");
    }
}
