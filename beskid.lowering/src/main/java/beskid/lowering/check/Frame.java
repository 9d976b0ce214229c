package beskid.lowering.check;

import beskid.lowering.sema.LocalVar;
import beskid.lowering.sema.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The checking state of one function body, lambda body or test section: what it returns,
 * which outer variables it captures and the loops it is inside.
 */
final class Frame {
    /** A loop being checked; {@code broken} records a {@code break} out of it. */
    static final class Loop {
        boolean broken;
    }

    final Object owner;
    final Frame parent;
    /** The result type, or null while a lambda's result is inferred from its returns. */
    Type result;

    final List<LocalVar> captures = new ArrayList<>(0);
    final Deque<Loop> loops = new ArrayDeque<>(4);

    Frame(Object owner, Frame parent, Type result) {
        this.owner = owner;
        this.parent = parent;
        this.result = result;
    }
}
