package beskid.lowering.emit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.objectweb.asm.Opcodes;

/**
 * The verifier's view of a point in a method: the type in each local slot (null: no value)
 * and the types on the operand stack, bottom first (a long or double is one entry).
 */
final class FrameState {
    Object[] locals;
    Object[] stack;
    int depth;
    /** Stack slots in use (a long or double counts two), kept as entries come and go. */
    private int slots;

    FrameState(int localSlots) {
        locals = new Object[Math.max(4, localSlots)];
        stack = new Object[8];
    }

    private FrameState(Object[] locals, Object[] stack, int depth, int slots) {
        this.locals = locals;
        this.stack = stack;
        this.depth = depth;
        this.slots = slots;
    }

    FrameState copy() {
        return new FrameState(locals.clone(), Arrays.copyOf(stack, Math.max(8, depth)), depth, slots);
    }

    void push(Object type) {
        if (depth == stack.length) {
            stack = Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = type;
        slots += VerificationTypes.size(type);
    }

    /** The top entry, removed; {@code TOP} on an empty stack (code the tracker does not follow exactly). */
    Object pop() {
        if (depth == 0) {
            return Opcodes.TOP;
        }
        Object type = stack[--depth];
        slots -= VerificationTypes.size(type);
        return type;
    }

    /** Empties the stack (a path ended). */
    void clearStack() {
        depth = 0;
        slots = 0;
    }

    /** Stack slots in use (a long or double counts two). */
    int slots() {
        return slots;
    }

    void set(int slot, Object type) {
        int end = slot + VerificationTypes.size(type);
        if (end > locals.length) {
            locals = Arrays.copyOf(locals, Math.max(end, locals.length * 2));
        }
        locals[slot] = type;
        if (end == slot + 2) {
            locals[slot + 1] = null;
        }
    }

    Object get(int slot) {
        return slot < locals.length ? locals[slot] : null;
    }

    /** Replaces every entry {@code from} (an object being initialised) by {@code to}. */
    void initialise(Object from, Object to) {
        for (int i = 0; i < depth; i++) {
            if (stack[i] == from) {
                stack[i] = to;
            }
        }
    }

    /** Widens this state to also describe {@code other}, a state of another path into the same point. */
    void merge(FrameState other, ClassModel model) {
        if (other.depth != depth) {
            throw new IllegalStateException("paths meet with stacks of " + depth + " and " + other.depth + " entries");
        }
        for (int i = 0; i < depth; i++) {
            stack[i] = VerificationTypes.merge(stack[i], other.stack[i], model);
        }
        for (int i = 0; i < locals.length; i++) {
            Object theirs = other.get(i);
            if (locals[i] != null && !locals[i].equals(theirs)) {
                locals[i] = null;
            }
        }
    }

    /** The locals as {@code visitFrame} takes them: one entry per value, TOP for a gap, no trailing TOP. */
    Object[] frameLocals() {
        List<Object> out = new ArrayList<>(locals.length);
        int lastValue = 0;
        for (int i = 0; i < locals.length; i++) {
            Object t = locals[i];
            if (t == null || t == Opcodes.TOP) {
                out.add(Opcodes.TOP);
            } else {
                out.add(t);
                lastValue = out.size();
                if (VerificationTypes.size(t) == 2) {
                    i++; // the second slot is implied
                }
            }
        }
        return out.subList(0, lastValue).toArray();
    }

    Object[] frameStack() {
        return Arrays.copyOf(stack, depth);
    }
}
