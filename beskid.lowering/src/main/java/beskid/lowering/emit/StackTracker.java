package beskid.lowering.emit;

import java.util.Arrays;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Follows the verifier's types of the code being written: the operand stack, so a
 * {@code break} or {@code continue} inside an expression can pop the operands pending below it
 * (the JVM requires the same stack height on every path into a label), and, in a class that
 * {@linkplain #StackTracker(MethodVisitor, ClassModel, boolean) writes its own frames}, the
 * locals too.
 *
 * <p>Why own frames: the emitter knows each local's declared type and every jump as it writes
 * it, so one forward pass gives the stack map frames ASM's {@code COMPUTE_FRAMES} would find
 * by re-reading the class and iterating a data-flow analysis (that second pass was a seventh of
 * lowering time). A local's frame type is its declared type (a slot is never reused within a
 * method), so a loop head's frame, written before its back edge is seen, holds for the back
 * edge too. Every label the emitters place gets a frame; debug labels (line numbers, local
 * ranges) come through {@link #debugLabel} and get none. Code no path reaches is not written
 * at all (the verifier would have no frame for it), nor are the line numbers and local names
 * that start in it.
 */
final class StackTracker extends MethodVisitor {
    private final ClassModel model;
    /** Whether this tracker writes frames, drops dead code and computes the maximums. */
    private final boolean framing;

    private FrameState state = new FrameState(8);
    private boolean reachable = true;
    /** The declared type of each slot, by slot (null: never declared). */
    private Object[] declared = new Object[8];
    /**
     * What the tracker knows of a label lives in its {@link Label#info} (labels are never shared
     * between methods), not in identity maps, which cost more than the rest of the tracking:
     * the {@link FrameState} of the forward jumps to it, merged; {@link #PLACED} once placed
     * with a frame (the only legal target of a backward jump); or {@link #DEAD} for a debug
     * label placed in dead code (a line or a local starting there describes code not written).
     */
    private static final Object PLACED = new Object();

    private static final Object DEAD = new Object();

    /** Labels jumped to forward and not placed yet. */
    private int pendingTargets;

    private boolean framePending;
    private int maxStack;
    private int maxLocals;

    /** A tracker of the stack only, for a class whose frames ASM computes. */
    StackTracker(MethodVisitor next) {
        this(next, null, false);
    }

    /**
     * @param model the class hierarchy, for the type two paths meet with (framing only)
     * @param framing write frames, drop dead code and pass the true maximums to {@code visitMaxs}
     */
    StackTracker(MethodVisitor next, ClassModel model, boolean framing) {
        super(Opcodes.ASM9, next);
        this.model = model;
        this.framing = framing;
    }

    // ---- what the emitters tell the tracker -------------------------------------------------

    /** Declares the type of a slot (a slot holds one type for the whole method). */
    void declareSlot(int slot, String desc) {
        Object type = VerificationTypes.of(desc);
        if (slot >= declared.length) {
            declared = Arrays.copyOf(declared, Math.max(slot + 1, declared.length * 2));
        }
        declared[slot] = type;
        maxLocals = Math.max(maxLocals, slot + VerificationTypes.size(type));
    }

    /** A slot that holds its declared value from the method's start (a parameter). */
    void assigned(int slot) {
        state.set(slot, declared[slot]);
    }

    /** Places a label that only debug information refers to: it starts no block and gets no frame. */
    void debugLabel(Label label) {
        if (framing && !reachable) {
            label.info = DEAD;
        }
        super.visitLabel(label);
    }

    /** The sizes (1 or 2 slots) of the entries on the stack, bottom first. */
    int[] snapshot() {
        int[] out = new int[state.depth];
        for (int i = 0; i < out.length; i++) {
            out[i] = VerificationTypes.size(state.stack[i]);
        }
        return out;
    }

    /** Entries above a snapshot, top first, as sizes. */
    int[] above(int[] base) {
        int n = Math.max(0, state.depth - base.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = VerificationTypes.size(state.stack[state.depth - 1 - i]);
        }
        return out;
    }

    // ---- control flow -----------------------------------------------------------------------

    /**
     * Whether the instruction about to be written is reachable; writes the frame pending at
     * its offset first. Unreachable instructions are dropped (framing only).
     */
    private boolean live() {
        if (!framing) {
            return true;
        }
        if (!reachable) {
            return false;
        }
        if (framePending) {
            framePending = false;
            Object[] locals = state.frameLocals();
            Object[] stack = state.frameStack();
            super.visitFrame(Opcodes.F_NEW, locals.length, locals, stack.length, stack);
        }
        return true;
    }

    private void push(Object type) {
        state.push(type);
        if (framing) {
            maxStack = Math.max(maxStack, state.slots());
        }
    }

    private Object pop() {
        return state.pop();
    }

    private void pop(int n) {
        for (int i = 0; i < n; i++) {
            state.pop();
        }
    }

    private void jumpTo(Label target) {
        if (target.info == PLACED) {
            return; // a backward jump: the label's frame was written for the fall-through, which this path matches
        }
        if (target.info instanceof FrameState known) {
            if (framing) {
                known.merge(state, model);
            }
        } else {
            target.info = state.copy();
            pendingTargets++;
        }
    }

    private void end() {
        reachable = false;
        state.clearStack();
    }

    @Override
    public void visitLabel(Label label) {
        if (label.info instanceof FrameState known) {
            label.info = null;
            pendingTargets--;
            if (reachable && framing) {
                known.merge(state, model);
            }
            if (framing || !reachable) {
                state = known;
            }
            reachable = true;
        }
        if (framing && reachable) {
            label.info = PLACED;
            framePending = true;
        }
        super.visitLabel(label);
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        if (!live()) {
            return;
        }
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

    // ---- debug information that may start in dropped code ------------------------------------

    @Override
    public void visitLineNumber(int line, Label start) {
        if (start.info != DEAD) {
            super.visitLineNumber(line, start);
        }
    }

    @Override
    public void visitLocalVariable(
            String name, String descriptor, String signature, Label start, Label end, int index) {
        if (start.info != DEAD) {
            super.visitLocalVariable(name, descriptor, signature, start, end, index);
        }
    }

    @Override
    public void visitMaxs(int stack, int locals) {
        if (framing) {
            if (pendingTargets != 0) {
                throw new IllegalStateException("a jump to a label placed in unreachable code or never placed");
            }
            super.visitMaxs(maxStack, maxLocals);
        } else {
            super.visitMaxs(stack, locals);
        }
    }

    // ---- instructions -----------------------------------------------------------------------

    @Override
    public void visitInsn(int opcode) {
        if (!live()) {
            return;
        }
        switch (opcode) {
            case Opcodes.NOP -> {}
            case Opcodes.ACONST_NULL -> push(Opcodes.NULL);
            case Opcodes.ICONST_M1,
                    Opcodes.ICONST_0,
                    Opcodes.ICONST_1,
                    Opcodes.ICONST_2,
                    Opcodes.ICONST_3,
                    Opcodes.ICONST_4,
                    Opcodes.ICONST_5 -> push(Opcodes.INTEGER);
            case Opcodes.FCONST_0, Opcodes.FCONST_1, Opcodes.FCONST_2 -> push(Opcodes.FLOAT);
            case Opcodes.LCONST_0, Opcodes.LCONST_1 -> push(Opcodes.LONG);
            case Opcodes.DCONST_0, Opcodes.DCONST_1 -> push(Opcodes.DOUBLE);
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
                    Opcodes.LCMP,
                    Opcodes.DCMPL,
                    Opcodes.DCMPG,
                    Opcodes.FCMPL,
                    Opcodes.FCMPG,
                    Opcodes.IALOAD,
                    Opcodes.BALOAD,
                    Opcodes.CALOAD,
                    Opcodes.SALOAD -> {
                pop(2);
                push(Opcodes.INTEGER);
            }
            case Opcodes.FADD, Opcodes.FSUB, Opcodes.FMUL, Opcodes.FDIV, Opcodes.FREM, Opcodes.FALOAD -> {
                pop(2);
                push(Opcodes.FLOAT);
            }
            case Opcodes.LADD,
                    Opcodes.LSUB,
                    Opcodes.LMUL,
                    Opcodes.LDIV,
                    Opcodes.LREM,
                    Opcodes.LAND,
                    Opcodes.LOR,
                    Opcodes.LXOR,
                    Opcodes.LSHL,
                    Opcodes.LSHR,
                    Opcodes.LUSHR,
                    Opcodes.LALOAD -> {
                pop(2);
                push(Opcodes.LONG);
            }
            case Opcodes.DADD, Opcodes.DSUB, Opcodes.DMUL, Opcodes.DDIV, Opcodes.DREM, Opcodes.DALOAD -> {
                pop(2);
                push(Opcodes.DOUBLE);
            }
            case Opcodes.AALOAD -> {
                pop();
                push(VerificationTypes.element(pop()));
            }
            case Opcodes.INEG, Opcodes.L2I, Opcodes.D2I, Opcodes.F2I, Opcodes.I2B, Opcodes.I2C, Opcodes.I2S -> {
                pop();
                push(Opcodes.INTEGER);
            }
            case Opcodes.ARRAYLENGTH -> {
                pop();
                push(Opcodes.INTEGER);
            }
            case Opcodes.FNEG, Opcodes.I2F, Opcodes.L2F, Opcodes.D2F -> {
                pop();
                push(Opcodes.FLOAT);
            }
            case Opcodes.LNEG, Opcodes.I2L, Opcodes.D2L, Opcodes.F2L -> {
                pop();
                push(Opcodes.LONG);
            }
            case Opcodes.DNEG, Opcodes.I2D, Opcodes.L2D, Opcodes.F2D -> {
                pop();
                push(Opcodes.DOUBLE);
            }
            case Opcodes.AASTORE,
                    Opcodes.IASTORE,
                    Opcodes.BASTORE,
                    Opcodes.CASTORE,
                    Opcodes.SASTORE,
                    Opcodes.LASTORE,
                    Opcodes.FASTORE,
                    Opcodes.DASTORE -> pop(3);
            case Opcodes.POP, Opcodes.MONITORENTER, Opcodes.MONITOREXIT -> pop();
            case Opcodes.POP2 -> {
                if (VerificationTypes.size(pop()) == 1) {
                    pop();
                }
            }
            case Opcodes.DUP -> {
                Object top = pop();
                push(top);
                push(top);
            }
            case Opcodes.SWAP -> {
                Object a = pop();
                Object b = pop();
                push(a);
                push(b);
            }
            case Opcodes.IRETURN,
                    Opcodes.LRETURN,
                    Opcodes.FRETURN,
                    Opcodes.DRETURN,
                    Opcodes.ARETURN,
                    Opcodes.RETURN,
                    Opcodes.ATHROW -> {
                super.visitInsn(opcode);
                end();
                return;
            }
            default -> unsupported(opcode);
        }
        super.visitInsn(opcode);
    }

    /** An instruction this tracker does not model: with frames at stake, a compiler bug to surface. */
    private void unsupported(int opcode) {
        if (framing) {
            throw new IllegalStateException("the frame tracker does not model opcode " + opcode);
        }
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
        if (!live()) {
            return;
        }
        if (opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH) {
            push(Opcodes.INTEGER);
        } else if (opcode == Opcodes.NEWARRAY) {
            pop();
            push(
                    switch (operand) {
                        case Opcodes.T_BOOLEAN -> "[Z";
                        case Opcodes.T_CHAR -> "[C";
                        case Opcodes.T_FLOAT -> "[F";
                        case Opcodes.T_DOUBLE -> "[D";
                        case Opcodes.T_BYTE -> "[B";
                        case Opcodes.T_SHORT -> "[S";
                        case Opcodes.T_INT -> "[I";
                        default -> "[J";
                    });
        }
        super.visitIntInsn(opcode, operand);
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
        if (!live()) {
            return;
        }
        switch (opcode) {
            case Opcodes.ILOAD -> push(Opcodes.INTEGER);
            case Opcodes.FLOAD -> push(Opcodes.FLOAT);
            case Opcodes.LLOAD -> push(Opcodes.LONG);
            case Opcodes.DLOAD -> push(Opcodes.DOUBLE);
            case Opcodes.ALOAD -> {
                Object t = state.get(varIndex);
                push(
                        t != null
                                ? t
                                : varIndex < declared.length && declared[varIndex] != null
                                        ? declared[varIndex]
                                        : JvmTypes.OBJECT);
            }
            default -> { // the stores: the slot takes its declared type, which every path agrees on
                Object value = pop();
                Object type = varIndex < declared.length && declared[varIndex] != null ? declared[varIndex] : value;
                state.set(varIndex, type);
                maxLocals = Math.max(maxLocals, varIndex + VerificationTypes.size(type));
            }
        }
        super.visitVarInsn(opcode, varIndex);
    }

    @Override
    public void visitIincInsn(int varIndex, int increment) {
        if (live()) {
            super.visitIincInsn(varIndex, increment);
        }
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        if (!live()) {
            return;
        }
        switch (opcode) {
            case Opcodes.NEW -> {
                if (framing) {
                    Label at = new Label(); // an uninitialised object is named by the offset of its NEW
                    super.visitLabel(at);
                    push(at);
                } else {
                    push(type);
                }
            }
            case Opcodes.INSTANCEOF -> {
                pop();
                push(Opcodes.INTEGER);
            }
            case Opcodes.ANEWARRAY -> {
                pop();
                push(type.startsWith("[") ? "[" + type : "[L" + type + ";");
            }
            default -> { // CHECKCAST
                pop();
                push(type);
            }
        }
        super.visitTypeInsn(opcode, type);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        if (!live()) {
            return;
        }
        switch (opcode) {
            case Opcodes.GETSTATIC -> push(VerificationTypes.of(descriptor));
            case Opcodes.PUTSTATIC -> pop();
            case Opcodes.GETFIELD -> {
                pop();
                push(VerificationTypes.of(descriptor));
            }
            default -> pop(2);
        }
        super.visitFieldInsn(opcode, owner, name, descriptor);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        if (!live()) {
            return;
        }
        popArguments(descriptor);
        if (opcode != Opcodes.INVOKESTATIC) {
            Object receiver = pop();
            if (opcode == Opcodes.INVOKESPECIAL && name.equals("<init>")) {
                state.initialise(receiver, owner);
            }
        }
        pushResult(descriptor);
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... args) {
        if (!live()) {
            return;
        }
        popArguments(descriptor);
        pushResult(descriptor);
        super.visitInvokeDynamicInsn(name, descriptor, bsm, args);
    }

    private void popArguments(String descriptor) {
        pop(Type.getArgumentTypes(descriptor).length);
    }

    private void pushResult(String descriptor) {
        Object result = VerificationTypes.of(descriptor, descriptor.indexOf(')') + 1, descriptor.length());
        if (result != null) {
            push(result);
        }
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
        unsupported(Opcodes.TABLESWITCH);
        super.visitTableSwitchInsn(min, max, dflt, labels);
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
        unsupported(Opcodes.LOOKUPSWITCH);
        super.visitLookupSwitchInsn(dflt, keys, labels);
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
        unsupported(Opcodes.MULTIANEWARRAY);
        super.visitMultiANewArrayInsn(descriptor, numDimensions);
    }

    @Override
    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
        unsupported(-1); // a handler's frame is not modelled
        super.visitTryCatchBlock(start, end, handler, type);
    }

    @Override
    public void visitLdcInsn(Object value) {
        if (!live()) {
            return;
        }
        if (value instanceof Integer) {
            push(Opcodes.INTEGER);
        } else if (value instanceof Long) {
            push(Opcodes.LONG);
        } else if (value instanceof Float) {
            push(Opcodes.FLOAT);
        } else if (value instanceof Double) {
            push(Opcodes.DOUBLE);
        } else if (value instanceof String) {
            push("java/lang/String");
        } else if (value instanceof Type t) {
            push(t.getSort() == Type.METHOD ? "java/lang/invoke/MethodType" : "java/lang/Class");
        } else if (value instanceof Handle) {
            push("java/lang/invoke/MethodHandle");
        } else {
            unsupported(Opcodes.LDC);
            push(JvmTypes.OBJECT);
        }
        super.visitLdcInsn(value);
    }
}
