package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.LoweredArtifact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A debugger sees the Beskid names of a lambda's captures and parameters in its method, and
 * of a match arm's bindings in the method of the match.
 */
class BindingNamesTest {
    private static final String SOURCE = """
            enum Shape { Circle(i32 r), Rect(i32 w, i32 h), Empty }
            i32 area(Shape s) {
                return match s { Shape::Circle(r) => 3 * r * r, Shape::Rect(w, h) => w * h, Shape::Empty => 0 };
            }
            i64 main() {
                i64 k = 40;
                (i64) => i64 add = (i64 x) => x + k;
                (i64) => unit say = (i64 y) => { i64 z = y + k; };
                say(1);
                i64 a = area(Shape::Circle(1));
                return a + add(2);
            }
            """;

    private static ClassNode module() {
        LoweredArtifact a = Programs.lower("Main.bd", SOURCE);
        ClassNode node = new ClassNode();
        new ClassReader(a.classes().get("prog.Main")).accept(node, 0);
        return node;
    }

    private static List<String> names(MethodNode m) {
        List<String> out = new ArrayList<>();
        if (m.localVariables != null) {
            for (LocalVariableNode v : m.localVariables) {
                out.add(v.name + ":" + v.desc);
            }
        }
        return out;
    }

    @Test
    void aLambdasMethodNamesItsCapturesAndParameters() {
        List<List<String>> lambdas = new ArrayList<>();
        for (MethodNode m : module().methods) {
            if ((m.access & Opcodes.ACC_SYNTHETIC) != 0) {
                lambdas.add(names(m));
            }
        }
        assertThat(lambdas)
                .hasSize(2)
                .anySatisfy(n -> assertThat(n).containsExactlyInAnyOrder("k:J", "x:J"))
                .anySatisfy(n -> assertThat(n).containsExactlyInAnyOrder("k:J", "y:J", "z:J"));
    }

    @Test
    void aMatchArmsBindingsAreNamed() {
        MethodNode area = module().methods.stream()
                .filter(m -> m.name.equals("area"))
                .findFirst()
                .orElseThrow();
        assertThat(names(area)).contains("r:I", "w:I", "h:I").anyMatch(n -> n.startsWith("s:L"));
    }

    @Test
    void theProgramRuns() {
        assertThat(Programs.run("Main.bd", SOURCE).exit()).isEqualTo(45);
    }
}
