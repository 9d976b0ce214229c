package beskid.lowering.sema;

/**
 * The built-in types, plus two pseudo-types of the checker: {@link #UNTYPED_INT} for an integer
 * constant that has not yet taken a type from its context (Go's untyped constants) and
 * {@link #ERROR} for an expression that already produced a diagnostic (it converts to anything
 * so one mistake reports once).
 */
public enum Prim implements Type {
    BOOL("bool"),
    I32("i32"),
    I64("i64"),
    U8("u8"),
    F64("f64"),
    CHAR("char"),
    STRING("string"),
    UNIT("unit"),
    NEVER("never"),
    UNTYPED_INT("integer constant"),
    ERROR("<error>");

    private final String name;

    Prim(String name) {
        this.name = name;
    }

    @Override
    public String display() {
        return name;
    }

    /** True for the integer types (not the untyped constant). */
    public boolean isInteger() {
        return this == I32 || this == I64 || this == U8;
    }

    /** The primitive named by a type keyword, or null. */
    public static Prim byName(String name) {
        return switch (name) {
            case "bool" -> BOOL;
            case "i32" -> I32;
            case "i64" -> I64;
            case "u8" -> U8;
            case "f64" -> F64;
            case "char" -> CHAR;
            case "string" -> STRING;
            case "unit" -> UNIT;
            case "never" -> NEVER;
            default -> null;
        };
    }
}
