package beskid.lowering.emit;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Label;

/**
 * The LocalVariableTable of one method, so a JVM debugger shows parameters and locals by their
 * Beskid names. A parameter is visible from the method's start; a local from just after its
 * first store (never over a slot that has no value yet) to the end of the block declaring it.
 * Slots are never reused within a method, so a range that runs a little long is still right.
 */
final class LocalNames {
    private record Entry(String name, String desc, int slot, Label start) {}

    private final StackTracker mv;
    private final Label methodStart = new Label();
    private final List<Entry> open = new ArrayList<>(8);

    /** Starts the table at the current position (the method's first instruction). */
    LocalNames(StackTracker mv) {
        this.mv = mv;
        mv.debugLabel(methodStart);
    }

    /** A value that is in its slot when the method starts (a parameter, {@code this}, a capture). */
    void parameter(String name, String desc, int slot) {
        add(name, desc, slot, methodStart);
    }

    /** A local whose value was just stored. */
    void local(String name, String desc, int slot) {
        Label start = new Label();
        mv.debugLabel(start);
        add(name, desc, slot, start);
    }

    private void add(String name, String desc, int slot, Label start) {
        if (!desc.equals("V")) { // a unit value has no slot
            open.add(new Entry(name, desc, slot, start));
        }
    }

    /** How many entries are open: the mark a block hands back to {@link #close}. */
    int mark() {
        return open.size();
    }

    /** Ends, here, every entry opened since the mark. */
    void close(int mark) {
        if (open.size() <= mark) {
            return;
        }
        Label end = new Label();
        mv.debugLabel(end);
        for (int i = open.size() - 1; i >= mark; i--) {
            Entry e = open.remove(i);
            mv.visitLocalVariable(e.name(), e.desc(), null, e.start(), end, e.slot());
        }
    }
}
