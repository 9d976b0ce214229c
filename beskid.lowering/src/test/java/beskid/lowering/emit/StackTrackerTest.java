package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;

/**
 * The operand stack model that lets a {@code break} inside an expression pop what is pending:
 * each instruction the emitters write leaves the entries (1 or 2 slots each) the JVM would.
 */
class StackTrackerTest {
    /** The stack after {@code code}, bottom first, as slot sizes. */
    private static int[] after(Consumer<StackTracker> code) {
        StackTracker t = new StackTracker(null);
        code.accept(t);
        return t.snapshot();
    }

    /** One int, one long, one reference, one double under the instruction under test. */
    private static void base(StackTracker t) {
        t.visitInsn(Opcodes.ICONST_1);
        t.visitInsn(Opcodes.LCONST_1);
        t.visitInsn(Opcodes.ACONST_NULL);
        t.visitInsn(Opcodes.DCONST_1);
    }

    @Test
    void testConstantsAndLoads_pushTheirWidth() {
        assertThat(after(t -> {
                    t.visitInsn(Opcodes.ICONST_M1);
                    t.visitInsn(Opcodes.LCONST_0);
                    t.visitInsn(Opcodes.DCONST_0);
                    t.visitInsn(Opcodes.FCONST_2);
                    t.visitIntInsn(Opcodes.BIPUSH, 100);
                    t.visitIntInsn(Opcodes.SIPUSH, 1000);
                    t.visitLdcInsn(5L);
                    t.visitLdcInsn(2.5);
                    t.visitLdcInsn("s");
                    t.visitLdcInsn(7);
                }))
                .containsExactly(1, 2, 2, 1, 1, 1, 2, 2, 1, 1);
        assertThat(after(t -> {
                    t.visitVarInsn(Opcodes.ILOAD, 0);
                    t.visitVarInsn(Opcodes.LLOAD, 1);
                    t.visitVarInsn(Opcodes.ALOAD, 3);
                    t.visitVarInsn(Opcodes.DLOAD, 4);
                    t.visitVarInsn(Opcodes.FLOAD, 6);
                }))
                .containsExactly(1, 2, 1, 2, 1);
        assertThat(after(t -> {
                    t.visitVarInsn(Opcodes.LLOAD, 1);
                    t.visitVarInsn(Opcodes.ILOAD, 0);
                    t.visitVarInsn(Opcodes.ISTORE, 3);
                }))
                .containsExactly(2);
    }

    @Test
    void testArithmetic_consumesTwoAndPushesTheResultsWidth() {
        for (int op : new int[] {
            Opcodes.IADD,
            Opcodes.ISUB,
            Opcodes.IMUL,
            Opcodes.IDIV,
            Opcodes.IREM,
            Opcodes.IAND,
            Opcodes.IOR,
            Opcodes.IXOR,
            Opcodes.ISHL,
            Opcodes.ISHR,
            Opcodes.IUSHR,
            Opcodes.LCMP,
            Opcodes.DCMPL,
            Opcodes.DCMPG,
            Opcodes.FCMPL,
            Opcodes.FCMPG,
            Opcodes.AALOAD,
            Opcodes.IALOAD,
            Opcodes.BALOAD,
            Opcodes.FADD,
            Opcodes.FSUB,
            Opcodes.FMUL,
            Opcodes.FDIV,
            Opcodes.FREM
        }) {
            assertThat(after(t -> {
                        base(t);
                        t.visitInsn(Opcodes.LCONST_0);
                        t.visitInsn(op);
                    }))
                    .as("opcode %d", op)
                    .containsExactly(1, 2, 1, 1);
        }
        for (int op : new int[] {
            Opcodes.LADD,
            Opcodes.LSUB,
            Opcodes.LMUL,
            Opcodes.LDIV,
            Opcodes.LREM,
            Opcodes.LAND,
            Opcodes.LOR,
            Opcodes.LXOR,
            Opcodes.DADD,
            Opcodes.DSUB,
            Opcodes.DMUL,
            Opcodes.DDIV,
            Opcodes.DREM
        }) {
            assertThat(after(t -> {
                        base(t);
                        t.visitInsn(Opcodes.ICONST_0);
                        t.visitInsn(op);
                    }))
                    .as("opcode %d", op)
                    .containsExactly(1, 2, 1, 2);
        }
    }

    @Test
    void testConversions_keepOneEntryOfTheNewWidth() {
        for (int op : new int[] {
            Opcodes.INEG,
            Opcodes.FNEG,
            Opcodes.L2I,
            Opcodes.D2I,
            Opcodes.I2F,
            Opcodes.I2B,
            Opcodes.I2C,
            Opcodes.I2S,
            Opcodes.ARRAYLENGTH
        }) {
            assertThat(after(t -> {
                        base(t);
                        t.visitInsn(op);
                    }))
                    .as("opcode %d", op)
                    .containsExactly(1, 2, 1, 1);
        }
        for (int op : new int[] {Opcodes.LNEG, Opcodes.DNEG, Opcodes.I2L, Opcodes.I2D, Opcodes.L2D, Opcodes.D2L}) {
            assertThat(after(t -> {
                        base(t);
                        t.visitInsn(Opcodes.ICONST_0);
                        t.visitInsn(op);
                    }))
                    .as("opcode %d", op)
                    .containsExactly(1, 2, 1, 2, 2);
        }
    }

    @Test
    void testStackManipulation() {
        assertThat(after(t -> {
                    base(t);
                    t.visitInsn(Opcodes.POP2);
                }))
                .as("POP2 of a long or double")
                .containsExactly(1, 2, 1);
        assertThat(after(t -> {
                    base(t);
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitInsn(Opcodes.POP2);
                }))
                .as("POP2 of two ints")
                .containsExactly(1, 2, 1, 2);
        assertThat(after(t -> {
                    base(t);
                    t.visitInsn(Opcodes.POP);
                    t.visitInsn(Opcodes.DUP);
                }))
                .containsExactly(1, 2, 1, 1);
        assertThat(after(t -> {
                    t.visitInsn(Opcodes.LCONST_0);
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitInsn(Opcodes.SWAP);
                }))
                .as("SWAP moves each entry with its width")
                .containsExactly(1, 2);
        assertThat(after(t -> {
                    base(t);
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitInsn(Opcodes.AASTORE);
                }))
                .containsExactly(1, 2, 1);
        assertThat(after(t -> {
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitInsn(Opcodes.IASTORE);
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitInsn(Opcodes.BASTORE);
                }))
                .containsExactly(1);
        assertThat(after(t -> t.visitInsn(Opcodes.NOP))).isEmpty();
    }

    @Test
    void testObjectsFieldsAndCalls() {
        assertThat(after(t -> {
                    t.visitTypeInsn(Opcodes.NEW, "P");
                    t.visitInsn(Opcodes.DUP);
                    t.visitInsn(Opcodes.LCONST_0);
                    t.visitMethodInsn(Opcodes.INVOKESPECIAL, "P", "<init>", "(J)V", false);
                    t.visitTypeInsn(Opcodes.CHECKCAST, "P");
                    t.visitInsn(Opcodes.DUP);
                    t.visitFieldInsn(Opcodes.GETFIELD, "P", "x", "J");
                    t.visitFieldInsn(Opcodes.GETSTATIC, "P", "d", "D");
                    t.visitFieldInsn(Opcodes.GETSTATIC, "P", "i", "I");
                }))
                .containsExactly(1, 2, 2, 1);
        assertThat(after(t -> {
                    t.visitInsn(Opcodes.ACONST_NULL);
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitFieldInsn(Opcodes.PUTFIELD, "P", "i", "I");
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitFieldInsn(Opcodes.PUTSTATIC, "P", "i", "I");
                    t.visitInsn(Opcodes.ICONST_5);
                    t.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_BYTE);
                    t.visitInsn(Opcodes.ICONST_2);
                    t.visitTypeInsn(Opcodes.ANEWARRAY, "P");
                    t.visitTypeInsn(Opcodes.INSTANCEOF, "P");
                }))
                .containsExactly(1, 1);
        assertThat(after(t -> {
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitInsn(Opcodes.LCONST_0);
                    t.visitInsn(Opcodes.ACONST_NULL);
                    t.visitMethodInsn(Opcodes.INVOKESTATIC, "C", "f", "(JLjava/lang/Object;)D", false);
                    t.visitInsn(Opcodes.ACONST_NULL);
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "C", "g", "(I)V", false);
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitInvokeDynamicInsn("h", "(I)J", null);
                }))
                .containsExactly(1, 2, 2);
    }

    @Test
    void testJumps_aLabelReachedOnlyByAJumpHasTheJumpsStack() {
        Label target = new Label();
        assertThat(after(t -> {
                    t.visitInsn(Opcodes.LCONST_0);
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitJumpInsn(Opcodes.IFEQ, target);
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitJumpInsn(Opcodes.IF_ICMPLT, target);
                    t.visitInsn(Opcodes.ACONST_NULL);
                    t.visitInsn(Opcodes.ACONST_NULL);
                    t.visitJumpInsn(Opcodes.IF_ACMPEQ, target);
                    t.visitInsn(Opcodes.ICONST_1);
                    t.visitJumpInsn(Opcodes.GOTO, target);
                    t.visitInsn(Opcodes.ICONST_0); // unreachable: not counted at the label
                    t.visitLabel(target);
                }))
                .containsExactly(2);
        Label exit = new Label();
        assertThat(after(t -> {
                    t.visitInsn(Opcodes.DCONST_0);
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitJumpInsn(Opcodes.IFNE, exit);
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitInsn(Opcodes.IRETURN);
                    t.visitLabel(exit);
                    t.visitInsn(Opcodes.ICONST_0);
                }))
                .as("after a return, the stack is the one of the jump to the label")
                .containsExactly(2, 1);
        assertThat(after(t -> {
                    t.visitInsn(Opcodes.ICONST_0);
                    t.visitInsn(Opcodes.ATHROW);
                    t.visitLabel(new Label());
                }))
                .as("a label nobody jumped to after the end of a path")
                .isEmpty();
    }

    @Test
    void testAbove_listsTheEntriesAboveASnapshotTopFirst() {
        StackTracker t = new StackTracker(null);
        t.visitInsn(Opcodes.ICONST_0);
        int[] loop = t.snapshot();
        t.visitInsn(Opcodes.LCONST_0);
        t.visitInsn(Opcodes.ACONST_NULL);
        t.visitInsn(Opcodes.DCONST_0);
        assertThat(t.above(loop)).containsExactly(2, 1, 2);
        assertThat(t.above(t.snapshot())).isEmpty();
        t.visitInsn(Opcodes.POP2);
        t.visitInsn(Opcodes.POP);
        t.visitInsn(Opcodes.POP2);
        t.visitInsn(Opcodes.POP);
        assertThat(t.above(loop)).isEmpty();
    }

    @Test
    void testGrowsBeyondItsFirstCapacity() {
        StackTracker t = new StackTracker(null);
        for (int i = 0; i < 20; i++) {
            t.visitInsn(i % 2 == 0 ? Opcodes.ICONST_0 : Opcodes.LCONST_0);
        }
        assertThat(t.snapshot()).hasSize(20).startsWith(1, 2, 1).endsWith(1, 2);
        assertThat(t.above(new int[0])).hasSize(20).startsWith(2, 1);
    }
}
