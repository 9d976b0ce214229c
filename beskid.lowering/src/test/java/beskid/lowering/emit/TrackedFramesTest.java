package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * The frames and maximums the tracker writes for a class that has its own frames: the
 * verification type of each value a load, store or allocation leaves, slots beyond the first
 * few, and the maximums it passes on (the caller's own when it does not frame).
 */
class TrackedFramesTest {
    private static MethodNode node() {
        return new MethodNode(Opcodes.ASM9, Opcodes.ACC_STATIC, "m", "()V", null, null);
    }

    /**
     * Writes code, then a forward jump to a label, into a class (the tracker works in front of
     * ASM's method writer), and reads the method back with its frames expanded.
     */
    private static MethodNode framed(Consumer<StackTracker> code) {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "T", null, "java/lang/Object", null);
        MethodVisitor mw = cw.visitMethod(Opcodes.ACC_STATIC, "m", "()V", null, null);
        mw.visitCode();
        StackTracker t = new StackTracker(mw, null, true);
        code.accept(t);
        Label l = new Label();
        t.visitInsn(Opcodes.ICONST_0);
        t.visitJumpInsn(Opcodes.IFEQ, l);
        t.visitLabel(l);
        t.visitInsn(Opcodes.RETURN);
        t.visitMaxs(0, 0);
        mw.visitEnd();
        cw.visitEnd();
        ClassNode c = new ClassNode();
        new ClassReader(cw.toByteArray()).accept(c, ClassReader.EXPAND_FRAMES);
        return c.methods.get(0);
    }

    private static FrameNode lastFrame(MethodNode n) {
        FrameNode last = null;
        for (AbstractInsnNode i : n.instructions) {
            if (i instanceof FrameNode f) {
                last = f;
            }
        }
        assertThat(last).as("a frame").isNotNull();
        return last;
    }

    private static List<Object> stack(Consumer<StackTracker> code) {
        return lastFrame(framed(code)).stack;
    }

    private static List<Object> locals(Consumer<StackTracker> code) {
        return lastFrame(framed(code)).local;
    }

    @Test
    void aTrackerWithoutFramesPassesTheCallersMaximums() {
        MethodNode n = node();
        StackTracker t = new StackTracker(n);
        t.visitInsn(Opcodes.ICONST_0);
        t.visitMaxs(3, 4);
        assertThat(n.maxStack).isEqualTo(3);
        assertThat(n.maxLocals).isEqualTo(4);
    }

    @Test
    void aTrackerWithoutFramesCountsANewObject() {
        StackTracker t = new StackTracker(null);
        t.visitInsn(Opcodes.LCONST_0);
        t.visitTypeInsn(Opcodes.NEW, "java/lang/Object");
        assertThat(t.snapshot()).containsExactly(2, 1);
    }

    @Test
    void slotsFarBeyondTheFirstFewAreDeclaredAndCounted() {
        MethodNode n = framed(t -> {
            t.declareSlot(20, "J");
            t.visitInsn(Opcodes.LCONST_1);
            t.visitVarInsn(Opcodes.LSTORE, 20);
        });
        assertThat(n.maxLocals).isEqualTo(22);
        assertThat(lastFrame(n).local).hasSize(21).endsWith(Opcodes.LONG);
    }

    @Test
    void aStoreIntoAnUndeclaredSlotCountsItsWidth() {
        MethodNode n = framed(t -> {
            t.visitInsn(Opcodes.LCONST_1);
            t.visitVarInsn(Opcodes.LSTORE, 9);
            t.visitInsn(Opcodes.ICONST_1);
            t.visitVarInsn(Opcodes.ISTORE, 8);
        });
        assertThat(n.maxLocals).isEqualTo(11);
        assertThat(lastFrame(n).local.subList(8, 10)).containsExactly(Opcodes.INTEGER, Opcodes.LONG);
    }

    @Test
    void aLongStoredOverAnIntTakesBothSlotsAndAnIntOverTheLongOnlyOne() {
        assertThat(locals(t -> {
                    t.visitInsn(Opcodes.ICONST_1);
                    t.visitVarInsn(Opcodes.ISTORE, 1);
                    t.visitInsn(Opcodes.LCONST_1);
                    t.visitVarInsn(Opcodes.LSTORE, 0);
                    t.visitInsn(Opcodes.ICONST_1);
                    t.visitVarInsn(Opcodes.ISTORE, 0); // slot 1 held the long's second half: nothing now
                }))
                .containsExactly(Opcodes.INTEGER);
    }

    @Test
    void aReferenceLoadHasTheTypeOfItsSlot() {
        assertThat(stack(t -> {
                    t.declareSlot(5, "Ljava/lang/String;");
                    t.visitVarInsn(Opcodes.ALOAD, 5); // declared, not yet stored: its declared type
                    t.visitVarInsn(Opcodes.ALOAD, 3); // neither: an object
                    t.visitVarInsn(Opcodes.ALOAD, 8); // beyond the declared slots: an object
                    t.declareSlot(2, "[I");
                    t.visitInsn(Opcodes.ACONST_NULL);
                    t.visitTypeInsn(Opcodes.CHECKCAST, "java/lang/Integer");
                    t.visitVarInsn(Opcodes.ASTORE, 2); // stored: the slot's declared type
                    t.visitVarInsn(Opcodes.ALOAD, 2);
                }))
                .containsExactly("java/lang/String", "java/lang/Object", "java/lang/Object", "[I");
    }

    @Test
    void arraysOfEveryKindHaveTheirDescriptor() {
        assertThat(stack(t -> {
                    t.visitInsn(Opcodes.ICONST_1);
                    t.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_INT);
                    t.visitInsn(Opcodes.ICONST_1);
                    t.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_LONG);
                    t.visitInsn(Opcodes.ICONST_1);
                    t.visitTypeInsn(Opcodes.ANEWARRAY, "[I");
                    t.visitInsn(Opcodes.ICONST_1);
                    t.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/String");
                }))
                .containsExactly("[I", "[J", "[[I", "[Ljava/lang/String;");
    }

    @Test
    void anElementLoadedFromAnArrayHasTheElementsType() {
        assertThat(stack(t -> {
                    t.visitInsn(Opcodes.ICONST_1);
                    t.visitTypeInsn(Opcodes.ANEWARRAY, "[I");
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitInsn(Opcodes.AALOAD);
                    t.visitInsn(Opcodes.ACONST_NULL);
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitInsn(Opcodes.AALOAD);
                    t.visitVarInsn(Opcodes.ALOAD, 3);
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitInsn(Opcodes.AALOAD);
                }))
                .containsExactly("[I", Opcodes.NULL, "java/lang/Object");
    }

    @Test
    void anUninitialisedObjectIsNamedByTheLabelAtItsNew() {
        MethodNode n = framed(t -> {
            t.visitInsn(Opcodes.NOP); // the allocation is not at offset 0, where an unplaced label would point
            t.visitTypeInsn(Opcodes.NEW, "java/lang/Object");
            t.visitInsn(Opcodes.DUP);
        });
        TypeInsnNode allocation = null;
        for (AbstractInsnNode i : n.instructions) {
            if (i instanceof TypeInsnNode ti && ti.getOpcode() == Opcodes.NEW) {
                allocation = ti;
            }
        }
        assertThat(allocation).isNotNull();
        assertThat(allocation.getPrevious()).isInstanceOf(LabelNode.class);
        assertThat(lastFrame(n).stack).containsExactly(allocation.getPrevious(), allocation.getPrevious());
    }

    @Test
    void theMaximumStackCountsWideValuesAfterPops() {
        MethodNode n = framed(t -> {
            t.visitInsn(Opcodes.LCONST_1);
            t.visitInsn(Opcodes.POP2);
            t.visitInsn(Opcodes.LCONST_1);
            t.visitInsn(Opcodes.POP2);
            t.visitInsn(Opcodes.ICONST_1);
            t.visitInsn(Opcodes.POP);
        });
        assertThat(n.maxStack).isEqualTo(2);
    }

    @Test
    void aFullStackMeetsItselfAndIsInitialised() {
        Label again = new Label();
        List<Object> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            expected.add(Opcodes.INTEGER);
        }
        expected.add("java/lang/Object");
        MethodNode n = framed(t -> {
            for (int i = 0; i < 6; i++) {
                t.visitInsn(Opcodes.ICONST_1);
            }
            t.visitTypeInsn(Opcodes.NEW, "java/lang/Object");
            t.visitInsn(Opcodes.DUP);
            t.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
            t.visitInsn(Opcodes.ICONST_1);
            t.visitInsn(Opcodes.SWAP);
            // eight entries, the capacity of a fresh stack: two paths meet with all of them
            t.visitInsn(Opcodes.ICONST_0);
            t.visitJumpInsn(Opcodes.IFEQ, again);
            t.visitInsn(Opcodes.ICONST_0);
            t.visitJumpInsn(Opcodes.IFEQ, again);
            t.visitLabel(again);
        });
        assertThat(lastFrame(n).stack).containsExactlyElementsOf(expected);
    }

    @Test
    void pathsMeetingWithDifferentLocalsKeepOnlyWhatBothHave() {
        assertThat(locals(t -> {
                    Label meet = new Label();
                    t.visitInsn(Opcodes.ICONST_1);
                    t.visitVarInsn(Opcodes.ISTORE, 3);
                    t.visitInsn(Opcodes.ICONST_1);
                    t.visitVarInsn(Opcodes.ISTORE, 1);
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitJumpInsn(Opcodes.IFEQ, meet);
                    t.visitInsn(Opcodes.ACONST_NULL);
                    t.visitVarInsn(Opcodes.ASTORE, 3);
                    t.visitLabel(meet);
                }))
                .containsExactly(Opcodes.TOP, Opcodes.INTEGER);
    }

    @Test
    void lineEntriesInDroppedCodeAreDropped() {
        MethodNode n = framed(t -> {
            Label live = new Label();
            t.debugLabel(live);
            t.visitLineNumber(3, live);
            t.visitInsn(Opcodes.ACONST_NULL);
            t.visitInsn(Opcodes.ATHROW);
            Label dead = new Label();
            t.debugLabel(dead);
            t.visitLineNumber(7, dead);
        });
        List<Integer> lines = new ArrayList<>();
        n.instructions.forEach(i -> {
            if (i instanceof LineNumberNode l) {
                lines.add(l.line);
            }
        });
        assertThat(lines).containsExactly(3);
    }
}
