package beskid.abi;

/** The kinds of values that cross the ABI, each with its JVM descriptor. */
public enum AbiKind {
    /** 32-bit integer (Beskid {@code i32}, {@code u8} as 0..255, {@code char} as a code point). */
    I32("I"),
    /** 64-bit integer (Beskid {@code i64}); also the {@code usize} return group. */
    I64("J"),
    /** Boolean. */
    BOOL("Z"),
    /** An immutable string. */
    STR("Ljava/lang/String;"),
    /** Any reference the runtime owns or hands out (arrays, lists, events, boxed values). */
    PTR("Ljava/lang/Object;"),
    /** No value. */
    UNIT("V"),
    /** Never returns (the runtime throws a panic). */
    NEVER("V"),
    /** The stable interop tag, passed as a bootstrap argument, not on the stack. */
    TAG(""),
    /** The callee's own arguments, whatever they are (interop dispatch only). */
    VARARGS("");

    private final String descriptor;

    AbiKind(String descriptor) {
        this.descriptor = descriptor;
    }

    /**
     * A JVM method descriptor from parameter kinds and a return descriptor. Plain loops, no
     * streams: this runs while an executable starts, where every lambda costs a spun class.
     */
    static String methodDescriptor(java.util.List<AbiKind> parameters, String returnDescriptor) {
        StringBuilder out = new StringBuilder("(");
        for (AbiKind k : parameters) {
            out.append(k.descriptor);
        }
        return out.append(')').append(returnDescriptor).toString();
    }

    /** The JVM descriptor of a value of this kind ("" for kinds that are not stack values). */
    public String descriptor() {
        return descriptor;
    }
}
