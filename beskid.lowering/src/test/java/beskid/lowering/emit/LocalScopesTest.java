package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.LoweredArtifact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Where a debugger sees each Beskid local: from the store of its value to the end of its
 * block (a parameter for the whole method), and a line entry at a loop's top so a step
 * through the loop stops at its condition each time.
 */
class LocalScopesTest {
    private static final String SOURCE = """
            i32 count(i32 k) {
                i32 mut total = 0;
                while total < k {
                    i32 step = 1;
                    total = total + step;
                }
                i32 after = total;
                return after + k;
            }

            i32 main() { return count(3); }
            """;

    private static MethodNode count() {
        LoweredArtifact a = Programs.lower("Main.bd", SOURCE);
        ClassNode node = new ClassNode();
        new ClassReader(a.classes().get("prog.Main")).accept(node, 0);
        return node.methods.stream()
                .filter(m -> m.name.equals("count"))
                .findFirst()
                .orElseThrow();
    }

    private static LocalVariableNode local(MethodNode m, String name) {
        return m.localVariables.stream()
                .filter(v -> v.name.equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static int at(MethodNode m, AbstractInsnNode n) {
        return m.instructions.indexOf(n);
    }

    /** The index of the first line entry for the given line. */
    private static int line(MethodNode m, int line) {
        for (AbstractInsnNode i : m.instructions) {
            if (i instanceof LineNumberNode l && l.line == line) {
                return at(m, i);
            }
        }
        throw new AssertionError("no line " + line);
    }

    /** The index of the first store into the slot. */
    private static int store(MethodNode m, int slot) {
        for (AbstractInsnNode i : m.instructions) {
            if (i instanceof VarInsnNode v && v.var == slot && v.getOpcode() == Opcodes.ISTORE) {
                return at(m, i);
            }
        }
        throw new AssertionError("no store into " + slot);
    }

    private static int lastReturn(MethodNode m) {
        int last = -1;
        for (AbstractInsnNode i : m.instructions) {
            if (i.getOpcode() == Opcodes.IRETURN) {
                last = at(m, i);
            }
        }
        return last;
    }

    @Test
    void aLocalIsVisibleFromTheStoreOfItsValue() {
        MethodNode m = count();
        LocalVariableNode total = local(m, "total");
        assertThat(at(m, total.start)).isGreaterThan(store(m, total.index));
        LocalVariableNode step = local(m, "step");
        assertThat(at(m, step.start)).isGreaterThan(store(m, step.index));
        assertThat(at(m, step.start)).isGreaterThan(line(m, 4));
    }

    @Test
    void aLocalOfALoopBodyEndsWithTheBody() {
        MethodNode m = count();
        LocalVariableNode step = local(m, "step");
        assertThat(at(m, step.end)).isLessThan(line(m, 7));
        assertThat(at(m, step.end)).isGreaterThan(line(m, 5));
    }

    @Test
    void parametersAndOuterLocalsLastBeyondAnInnerBlock() {
        MethodNode m = count();
        int ret = lastReturn(m);
        for (String name : List.of("k", "total", "after")) {
            assertThat(at(m, local(m, name).end)).as(name).isGreaterThan(ret);
        }
        assertThat(at(m, local(m, "k").start)).isLessThan(line(m, 2));
    }

    @Test
    void aLoopsTopHasALineEntryOfItsOwn() {
        List<Integer> lines = new ArrayList<>();
        count().instructions.forEach(i -> {
            if (i instanceof LineNumberNode l) {
                lines.add(l.line);
            }
        });
        // 2 total, 3 the while statement and 3 again at its top (the back edge's target), 4, 5, 7, 8
        assertThat(lines).containsExactly(2, 3, 3, 4, 5, 7, 8);
    }
}
