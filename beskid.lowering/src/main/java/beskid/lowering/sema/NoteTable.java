package beskid.lowering.sema;

import beskid.lowering.ast.Expr;
import beskid.lowering.ast.Item;
import beskid.lowering.ast.Pattern;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.ast.Stmt;
import java.util.function.Supplier;

/**
 * A map from syntax nodes (by identity) to values, for the checker's per-expression notes and
 * its other per-node facts (the local a declaration declares, a function's parameters).
 *
 * <p>Why not an {@code IdentityHashMap}: a large module has hundreds of thousands of
 * expressions, and identity hashes scatter them over a table of megabytes, so nearly every
 * lookup missed the CPU cache. Here the hash is the node's source offset, so the nodes of one
 * function (checked, then emitted, together) sit in one small stretch of the table. Equality
 * is still identity; nodes sharing an offset (an assignment and its target) just probe on.
 *
 * <p>Open addressing with linear probing, keys and values interleaved. Never iterated, so
 * hashing cannot make output order depend on it. Safe for concurrent readers once filled.
 */
final class NoteTable<V> {
    private Object[] slots; // key at 2i, value at 2i + 1
    private int size;

    /**
     * A table with room for {@code expected} entries, the caller's generous estimate (about
     * twice the real count for typical code); it grows at half full.
     */
    NoteTable(int expected) {
        int capacity = 64;
        while (capacity < expected && capacity < (1 << 29)) {
            capacity <<= 1;
        }
        slots = new Object[2 * capacity];
    }

    /** The value of {@code key}, or null. */
    @SuppressWarnings("unchecked")
    V get(Object key) {
        Object[] s = slots;
        int mask = s.length - 2;
        for (int i = index(key, mask); ; i = (i + 2) & mask) {
            Object k = s[i];
            if (k == key) {
                return (V) s[i + 1];
            }
            if (k == null) {
                return null;
            }
        }
    }

    /** The value of {@code key}, made by {@code fresh} and stored first if there is none. */
    @SuppressWarnings("unchecked")
    V getOrAdd(Object key, Supplier<V> fresh) {
        Object[] s = slots;
        int mask = s.length - 2;
        int i = index(key, mask);
        for (Object k = s[i]; k != null; k = s[i]) {
            if (k == key) {
                return (V) s[i + 1];
            }
            i = (i + 2) & mask;
        }
        V v = fresh.get();
        s[i] = key;
        s[i + 1] = v;
        if (++size * 4 > s.length) { // more than half the slots are used
            grow();
        }
        return v;
    }

    /** Maps {@code key} to {@code value}, replacing what it was mapped to. */
    void put(Object key, V value) {
        Object[] s = slots;
        int mask = s.length - 2;
        int i = index(key, mask);
        for (Object k = s[i]; k != null; k = s[i]) {
            if (k == key) {
                s[i + 1] = value;
                return;
            }
            i = (i + 2) & mask;
        }
        s[i] = key;
        s[i + 1] = value;
        if (++size * 4 > s.length) {
            grow();
        }
    }

    private void grow() {
        Object[] old = slots;
        Object[] s = new Object[old.length * 2];
        int mask = s.length - 2;
        for (int j = 0; j < old.length; j += 2) {
            if (old[j] != null) {
                int i = index(old[j], mask);
                while (s[i] != null) {
                    i = (i + 2) & mask;
                }
                s[i] = old[j];
                s[i + 1] = old[j + 1];
            }
        }
        slots = s;
    }

    /** The key's first slot: its source offset, so neighbours in the source are neighbours here. */
    private static int index(Object key, int mask) {
        SourcePos at = positionOf(key);
        return at == null ? 0 : (at.offset() << 1) & mask;
    }

    /** Where a node starts; null for a key that is no syntax node (it hashes to slot 0). */
    private static SourcePos positionOf(Object key) {
        if (key instanceof Expr e) {
            return e.pos();
        }
        if (key instanceof Stmt s) {
            return s.pos();
        }
        if (key instanceof Pattern p) {
            return p.pos();
        }
        return key instanceof Item i ? i.pos() : null;
    }
}
