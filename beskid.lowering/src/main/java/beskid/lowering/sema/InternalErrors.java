package beskid.lowering.sema;

import beskid.lowering.ast.SourcePos;

/**
 * The source position the compiler is working on, per thread, so that a bug of the compiler
 * is reported as a diagnostic at the nearest position instead of escaping as an exception.
 */
public final class InternalErrors {
    private static final ThreadLocal<SourcePos> CURRENT = new ThreadLocal<>();

    private InternalErrors() {}

    /** Notes the position being checked or lowered. */
    public static void at(SourcePos pos) {
        if (pos != null) {
            CURRENT.set(pos);
        }
    }

    /** The last position noted on this thread, or null. */
    public static SourcePos last() {
        return CURRENT.get();
    }

    /** Forgets the position (at the start of a compilation). */
    public static void reset() {
        CURRENT.remove();
    }
}
