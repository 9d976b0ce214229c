package beskid.abi;

/** Panics whose message the runtime owns, raised with {@link RuntimeSymbol#panic} by number. */
public enum PanicCode {
    /** {@code division by zero}. */
    DIVISION_BY_ZERO(1, "division by zero"),
    /** {@code event capacity exceeded}. */
    EVENT_CAPACITY_EXCEEDED(2, "event capacity exceeded"),
    /** {@code stack overflow}. */
    STACK_OVERFLOW(3, "stack overflow"),
    /** {@code out of memory}. */
    OUT_OF_MEMORY(4, "out of memory"),
    /** Control reached code the checker proved unreachable (a compiler bug, never a user error). */
    UNREACHABLE(5, "unreachable code reached");

    private final int code;
    private final String message;

    PanicCode(int code, String message) {
        this.code = code;
        this.message = message;
    }

    /** The number passed to {@code panic}. */
    public int code() {
        return code;
    }

    /** The panic message. */
    public String message() {
        return message;
    }

    /** The panic with this number, or null. */
    public static PanicCode byCode(long code) {
        for (PanicCode p : values()) {
            if (p.code == code) {
                return p;
            }
        }
        return null;
    }
}
