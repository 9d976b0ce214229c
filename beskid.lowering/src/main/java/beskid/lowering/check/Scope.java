package beskid.lowering.check;

import beskid.lowering.sema.LocalVar;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A block's local variables; the chain of scopes crosses lambda frames.
 *
 * <p>Most blocks declare a handful of locals, and every name use walks the chain: a short
 * array scanned in order costs less than a hash map per block (its table, its nodes, a miss
 * on each). A block with many locals switches to a map, so lookups stay constant time.
 */
final class Scope {
    private static final int SCAN_LIMIT = 8;

    final Scope parent;
    final Frame frame;
    private LocalVar[] few = new LocalVar[2];
    private int count;
    private Map<String, LocalVar> many;

    Scope(Scope parent, Frame frame) {
        this.parent = parent;
        this.frame = frame;
    }

    /** The variable of this block named name, or null. */
    LocalVar find(String name) {
        if (many != null) {
            return many.get(name);
        }
        for (int i = 0; i < count; i++) {
            if (few[i].name().equals(name)) {
                return few[i];
            }
        }
        return null;
    }

    /** Adds v, replacing a variable of the same name (the caller reports the duplicate). */
    void add(LocalVar v) {
        if (many != null) {
            many.put(v.name(), v);
            return;
        }
        for (int i = 0; i < count; i++) {
            if (few[i].name().equals(v.name())) {
                few[i] = v;
                return;
            }
        }
        if (count == SCAN_LIMIT) {
            many = new HashMap<>();
            for (int i = 0; i < count; i++) {
                many.put(few[i].name(), few[i]);
            }
            many.put(v.name(), v);
            few = null;
            return;
        }
        if (count == few.length) {
            few = Arrays.copyOf(few, count * 2);
        }
        few[count++] = v;
    }
}
