package beskid.abi;

/**
 * The return group of an interop callee; it alone picks the dispatch symbol, fixed:
 * unit to {@code interop_dispatch_unit}, bool and integers to {@code interop_dispatch_usize},
 * strings, arrays and other references to {@code interop_dispatch_ptr}.
 */
public enum ReturnGroup {
    /** No value. */
    UNIT,
    /** bool and integers, returned as a 64-bit integer ({@code J}). */
    USIZE,
    /** Any reference, returned as {@code Object}. */
    PTR;

    /** The one dispatch symbol for this group. */
    public RuntimeSymbol dispatchSymbol() {
        return switch (this) {
            case UNIT -> RuntimeSymbol.interop_dispatch_unit;
            case USIZE -> RuntimeSymbol.interop_dispatch_usize;
            case PTR -> RuntimeSymbol.interop_dispatch_ptr;
        };
    }

    /** The JVM return descriptor a call site of this group must have. */
    public String returnDescriptor() {
        return switch (this) {
            case UNIT -> "V";
            case USIZE -> "J";
            case PTR -> "Ljava/lang/Object;";
        };
    }
}
