package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/** Counted loops in the shape javac gives them, the shape the JVM's compilers optimise best. */
class LoopShapeTest {
    private static MethodNode main(String source) {
        ClassNode node = new ClassNode();
        new ClassReader(Programs.lower("loop.bd", source).classes().get("prog.loop")).accept(node, 0);
        return node.methods.stream()
                .filter(m -> m.name.equals("main"))
                .findFirst()
                .orElseThrow();
    }

    /** The two instructions before each loop test ({@code if_icmpge}), as text. */
    private static List<String> operandsOfTests(MethodNode method) {
        List<String> tests = new ArrayList<>();
        for (AbstractInsnNode insn : method.instructions) {
            if (insn.getOpcode() == Opcodes.IF_ICMPGE) {
                tests.add(text(insn.getPrevious().getPrevious()) + " " + text(insn.getPrevious()));
            }
        }
        return tests;
    }

    private static String text(AbstractInsnNode insn) {
        if (insn instanceof VarInsnNode v) {
            return "local" + v.var;
        }
        if (insn instanceof IntInsnNode i) {
            return String.valueOf(i.operand);
        }
        return "op" + insn.getOpcode();
    }

    @Test
    void aLiteralBoundIsPushedAtEachTestAsJavacPushesAConstant() {
        // A bound in a local is unknown to a loop compiled on stack replacement (5% slower).
        MethodNode main = main("""
                i32 main() {
                    i32 mut acc = 0;
                    for i in range(0, 20000) {
                        for j in range(0, 300) {
                            acc += i % 7 + j;
                        }
                    }
                    return acc;
                }
                """);

        assertThat(operandsOfTests(main)).containsExactly("local1 20000", "local2 300");
        assertThat(main.maxLocals).as("acc, i and j: no local for a bound").isEqualTo(3);
    }

    @Test
    void aComputedBoundIsEvaluatedOnceIntoALocal() {
        MethodNode main = main("""
                i32 count() { return 3; }
                i32 main() {
                    i32 mut acc = 0;
                    for i in range(0, count()) {
                        acc += i;
                    }
                    return acc;
                }
                """);

        assertThat(operandsOfTests(main)).containsExactly("local1 local2");
    }
}
