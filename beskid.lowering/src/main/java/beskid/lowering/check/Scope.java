package beskid.lowering.check;

import beskid.lowering.sema.LocalVar;
import java.util.HashMap;
import java.util.Map;

/** A block's local variables; the chain of scopes crosses lambda frames. */
final class Scope {
    final Scope parent;
    final Frame frame;
    final Map<String, LocalVar> vars = new HashMap<>(8);

    Scope(Scope parent, Frame frame) {
        this.parent = parent;
        this.frame = frame;
    }
}
