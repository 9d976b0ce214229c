package beskid.lowering.emit;

import beskid.abi.RuntimeSymbol;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.sema.Annotations;
import beskid.lowering.sema.LocalVar;
import beskid.lowering.sema.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The state of one method being written: its local slots, the loops around the current
 * statement, the last line number emitted, and the emitters of each construct.
 */
final class MethodContext {
    /** Jump targets of an enclosing loop and the operand stack at its start. */
    record Loop(Label continueLabel, Label breakLabel, int[] stack) {}

    final ClassContext cls;
    final MethodVisitor mv;
    final StackTracker tracker;
    final Annotations ann;
    final JvmTypes jvm;
    final RuntimeCalls runtime;
    /** The result type of the function or lambda (what {@code return} converts to). */
    final Type result;

    final Deque<Loop> loops = new ArrayDeque<>(4);
    final ValueConversions values;
    final ExpressionEmitter exprs;
    final StatementEmitter stmts;
    final CallEmitter calls;
    final MatchEmitter matches;
    final ClosureEmitter closures;
    /** The Beskid names of the method's slots, for debuggers. */
    final LocalNames names;

    private final Map<LocalVar, Integer> slots = new IdentityHashMap<>(8);
    /** The ref/out parameters held in cells; allocated for the few methods that have one. */
    private Map<LocalVar, Boolean> cells;

    private int nextSlot;
    private int lastLine = -1;

    MethodContext(ClassContext cls, MethodVisitor mv, Type result, int firstSlot) {
        this.cls = cls;
        this.tracker = new StackTracker(mv, cls.emit.model, cls.ownFrames);
        this.mv = tracker;
        this.ann = cls.ann;
        this.jvm = cls.emit.jvm;
        this.runtime = cls.emit.runtime;
        this.result = result;
        this.nextSlot = firstSlot;
        this.values = new ValueConversions(this);
        this.exprs = new ExpressionEmitter(this);
        this.stmts = new StatementEmitter(this);
        this.calls = new CallEmitter(this);
        this.matches = new MatchEmitter(this);
        this.closures = new ClosureEmitter(this);
        this.names = new LocalNames(tracker);
    }

    /** Gives a variable the next free slot; {@code cell} means it holds a ref/out parameter's cell. */
    int declare(LocalVar v, boolean cell) {
        int slot = nextSlot;
        slots.put(v, slot);
        setCell(v, cell);
        String desc = cell ? JvmTypes.CELL_DESC : jvm.desc(v.type());
        if (!desc.equals("V")) {
            tracker.declareSlot(slot, desc);
        }
        nextSlot += JvmTypes.size(desc);
        return slot;
    }

    /** Declares a value that is in its slot from the method's start (a parameter or capture). */
    void parameter(LocalVar v, boolean cell) {
        int slot = declare(v, cell);
        if (slot < nextSlot) {
            tracker.assigned(slot);
        }
        names.parameter(v.name(), cell ? JvmTypes.CELL_DESC : jvm.desc(v.type()), slot);
    }

    /** Stores the value on the stack into a variable declared just now, and names its slot from here. */
    void storeNew(LocalVar v) {
        store(v);
        names.local(v.name(), jvm.desc(v.type()), slot(v));
    }

    /** Lets a variable share the slot of another value of the same type (a pattern binding). */
    void alias(LocalVar v, int slot) {
        slots.put(v, slot);
        setCell(v, false);
        names.local(v.name(), jvm.desc(v.type()), slot);
    }

    private void setCell(LocalVar v, boolean cell) {
        if (cell) {
            if (cells == null) {
                cells = new IdentityHashMap<>(4);
            }
            cells.put(v, true);
        } else if (cells != null) {
            cells.remove(v);
        }
    }

    /** A fresh slot for a temporary of the given descriptor. */
    int temp(String desc) {
        int slot = nextSlot;
        nextSlot += Math.max(1, JvmTypes.size(desc));
        tracker.declareSlot(slot, desc.equals("V") ? JvmTypes.OBJECT_DESC : desc);
        return slot;
    }

    int slot(LocalVar v) {
        Integer s = slots.get(v);
        if (s == null) {
            throw new IllegalStateException("no slot for local " + v.name());
        }
        return s;
    }

    boolean isCell(LocalVar v) {
        return cells != null && cells.containsKey(v);
    }

    /** Pushes a variable's value. */
    void load(LocalVar v) {
        if (isCell(v)) {
            mv.visitVarInsn(Opcodes.ALOAD, slot(v));
            mv.visitInsn(Opcodes.ICONST_0);
            mv.visitInsn(Opcodes.AALOAD);
            values.fromObject(v.type());
        } else {
            String d = jvm.desc(v.type());
            mv.visitVarInsn(JvmTypes.loadOpcode(d), slot(v));
        }
    }

    /** Stores the value on the stack into a plain (non-cell) variable. */
    void store(LocalVar v) {
        String d = jvm.desc(v.type());
        mv.visitVarInsn(JvmTypes.storeOpcode(d), slot(v));
    }

    /** Records the source line of the code that follows (for panic positions). */
    void line(SourcePos pos) {
        if (pos != null && pos.line() != lastLine) {
            statementLine(pos);
        }
    }

    /**
     * Starts a line-table entry even on the line of the code before: every statement (and a
     * loop's back edge) gets one, so a debugger's step-over stops on each statement.
     */
    void statementLine(SourcePos pos) {
        if (pos != null && pos.line() > 0) {
            Label l = new Label();
            tracker.debugLabel(l);
            mv.visitLineNumber(pos.line(), l);
            lastLine = pos.line();
        }
    }

    /** Ends a path after a call that never returns, in a way the verifier accepts. */
    void unreachable() {
        mv.visitInsn(Opcodes.ACONST_NULL);
        mv.visitInsn(Opcodes.ATHROW);
    }

    /** Pushes an int constant with the shortest instruction. */
    void pushInt(int v) {
        if (v >= -1 && v <= 5) {
            mv.visitInsn(Opcodes.ICONST_0 + v);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            mv.visitIntInsn(Opcodes.BIPUSH, v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            mv.visitIntInsn(Opcodes.SIPUSH, v);
        } else {
            mv.visitLdcInsn(v);
        }
    }

    /**
     * Pushes a string constant. A class-file constant holds at most 65535 bytes of modified
     * UTF-8, so a longer text is pushed in pieces joined at run time.
     */
    void pushString(String text) {
        final int piece = 16_000; // at most 3 bytes per char: always under the limit
        if (text.length() <= piece) {
            mv.visitLdcInsn(text);
            return;
        }
        mv.visitLdcInsn(text.substring(0, piece));
        for (int from = piece; from < text.length(); from += piece) {
            mv.visitLdcInsn(text.substring(from, Math.min(text.length(), from + piece)));
            runtime.call(mv, RuntimeSymbol.str_concat);
        }
    }

    /** Pushes a long constant. */
    void pushLong(long v) {
        if (v == 0 || v == 1) {
            mv.visitInsn(Opcodes.LCONST_0 + (int) v);
        } else {
            mv.visitLdcInsn(v);
        }
    }
}
