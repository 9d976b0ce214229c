package beskid.lowering.emit;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Follows the operand stack (the size of each entry) of the code being written, so that a
 * {@code break} or {@code continue} inside an expression (a block in a match arm while an
 * enclosing expression has operands pending) can pop those operands before it jumps: the
 * JVM requires the same stack height on every path into a label. Only the instructions the
 * emitters use are modelled; anything else leaves the stack unchanged.
 */
final class StackTracker extends MethodVisitor {
    private int[] sizes = new int[8];
    private int depth;
    private boolean reachable = true;
    /** The stack at each label jumped to forward (a backward jump finds its label already placed). */
    private final Map<Label, int[]> atLabel = new IdentityHashMap<>(8);

    StackTracker(MethodVisitor next) {
        super(Opcodes.ASM9, next);
    }

    /** The sizes (1 or 2 slots) of the entries on the stack, bottom first. */
    int[] snapshot() {
        return Arrays.copyOf(sizes, depth);
    }

    /** Entries above a snapshot, top first, as sizes. */
    int[] above(int[] base) {
        int n = Math.max(0, depth - base.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = sizes[depth - 1 - i];
        }
        return out;
    }

    private void push(int size) {
        if (depth == sizes.length) {
            sizes = Arrays.copyOf(sizes, depth * 2);
        }
        sizes[depth++] = size;
    }

    private int pop() {
        return depth > 0 ? sizes[--depth] : 1;
    }

    private void pop(int n) {
        for (int i = 0; i < n; i++) {
            pop();
        }
    }

    private void jumpTo(Label target) {
        atLabel.putIfAbsent(target, snapshot());
    }

    private void end() {
        reachable = false;
        depth = 0;
    }

    @Override
    public void visitLabel(Label label) {
        int[] known = atLabel.get(label);
        if (!reachable && known != null) {
            sizes = Arrays.copyOf(known, Math.max(8, known.length));
            depth = known.length;
            reachable = true;
        }
        super.visitLabel(label);
    }

    @Override
    public void visitInsn(int opcode) {
        switch (opcode) {
            case Opcodes.ACONST_NULL,
                    Opcodes.ICONST_M1,
                    Opcodes.ICONST_0,
                    Opcodes.ICONST_1,
                    Opcodes.ICONST_2,
                    Opcodes.ICONST_3,
                    Opcodes.ICONST_4,
                    Opcodes.ICONST_5,
                    Opcodes.FCONST_0,
                    Opcodes.FCONST_1,
                    Opcodes.FCONST_2 -> push(1);
            case Opcodes.LCONST_0, Opcodes.LCONST_1, Opcodes.DCONST_0, Opcodes.DCONST_1 -> push(2);
            case Opcodes.IADD,
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
                    Opcodes.FADD,
                    Opcodes.FSUB,
                    Opcodes.FMUL,
                    Opcodes.FDIV,
                    Opcodes.FREM,
                    Opcodes.LCMP,
                    Opcodes.DCMPL,
                    Opcodes.DCMPG,
                    Opcodes.FCMPL,
                    Opcodes.FCMPG,
                    Opcodes.AALOAD,
                    Opcodes.IALOAD,
                    Opcodes.BALOAD -> {
                pop(2);
                push(1);
            }
            case Opcodes.LADD,
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
                    Opcodes.DREM -> {
                pop(2);
                push(2);
            }
            case Opcodes.INEG,
                    Opcodes.FNEG,
                    Opcodes.L2I,
                    Opcodes.D2I,
                    Opcodes.I2F,
                    Opcodes.I2B,
                    Opcodes.I2C,
                    Opcodes.I2S,
                    Opcodes.ARRAYLENGTH -> {
                pop();
                push(1);
            }
            case Opcodes.LNEG, Opcodes.DNEG, Opcodes.I2L, Opcodes.I2D, Opcodes.L2D, Opcodes.D2L -> {
                pop();
                push(2);
            }
            case Opcodes.AASTORE, Opcodes.IASTORE, Opcodes.BASTORE -> pop(3);
            case Opcodes.POP -> pop();
            case Opcodes.POP2 -> {
                if (pop() == 1) {
                    pop();
                }
            }
            case Opcodes.DUP -> {
                int top = pop();
                push(top);
                push(top);
            }
            case Opcodes.SWAP -> {
                int a = pop();
                int b = pop();
                push(a);
                push(b);
            }
            case Opcodes.IRETURN,
                    Opcodes.LRETURN,
                    Opcodes.FRETURN,
                    Opcodes.DRETURN,
                    Opcodes.ARETURN,
                    Opcodes.RETURN,
                    Opcodes.ATHROW -> end();
            default -> {}
        }
        super.visitInsn(opcode);
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
        if (opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH) {
            push(1);
        } else if (opcode == Opcodes.NEWARRAY) {
            pop();
            push(1);
        }
        super.visitIntInsn(opcode, operand);
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
        switch (opcode) {
            case Opcodes.ILOAD, Opcodes.FLOAD, Opcodes.ALOAD -> push(1);
            case Opcodes.LLOAD, Opcodes.DLOAD -> push(2);
            default -> pop(); // the stores
        }
        super.visitVarInsn(opcode, varIndex);
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        if (opcode == Opcodes.NEW) {
            push(1);
        } else {
            pop(); // CHECKCAST, INSTANCEOF, ANEWARRAY: one reference or int in, one out
            push(1);
        }
        super.visitTypeInsn(opcode, type);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        int size = Type.getType(descriptor).getSize();
        switch (opcode) {
            case Opcodes.GETSTATIC -> push(size);
            case Opcodes.PUTSTATIC -> pop();
            case Opcodes.GETFIELD -> {
                pop();
                push(size);
            }
            default -> pop(2);
        }
        super.visitFieldInsn(opcode, owner, name, descriptor);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        call(descriptor, opcode != Opcodes.INVOKESTATIC);
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, org.objectweb.asm.Handle bsm, Object... args) {
        call(descriptor, false);
        super.visitInvokeDynamicInsn(name, descriptor, bsm, args);
    }

    private void call(String descriptor, boolean receiver) {
        pop(Type.getArgumentTypes(descriptor).length + (receiver ? 1 : 0));
        int size = Type.getReturnType(descriptor).getSize();
        if (size > 0) {
            push(size);
        }
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        switch (opcode) {
            case Opcodes.GOTO -> {
                jumpTo(label);
                end();
            }
            case Opcodes.IF_ICMPEQ,
                    Opcodes.IF_ICMPNE,
                    Opcodes.IF_ICMPLT,
                    Opcodes.IF_ICMPGE,
                    Opcodes.IF_ICMPGT,
                    Opcodes.IF_ICMPLE,
                    Opcodes.IF_ACMPEQ,
                    Opcodes.IF_ACMPNE -> {
                pop(2);
                jumpTo(label);
            }
            default -> {
                pop();
                jumpTo(label);
            }
        }
        super.visitJumpInsn(opcode, label);
    }

    @Override
    public void visitLdcInsn(Object value) {
        push(value instanceof Long || value instanceof Double ? 2 : 1);
        super.visitLdcInsn(value);
    }
}
