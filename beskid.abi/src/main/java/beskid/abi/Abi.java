package beskid.abi;

import java.util.List;

/** Constants of the ABI: its version, the exported symbol table and the capability name. */
public final class Abi {
    /** Major version of the runtime ABI; equals the major version of package {@code beskid.abi}. */
    public static final int BESKID_RUNTIME_ABI_VERSION = 1;

    /** Every symbol the runtime exports, in declaration order. Nothing else may be linked. */
    public static final List<RuntimeSymbol> RUNTIME_EXPORT_SYMBOLS = List.of(RuntimeSymbol.values());

    /** Every interop tag of the standard library, in declaration order. */
    public static final List<InteropTag> INTEROP_TAGS = List.of(InteropTag.values());

    /** OSGi capability namespace the runtime provides (attributes {@code version}, {@code symbols}). */
    public static final String CAPABILITY_NAMESPACE = "beskid.runtime.abi";

    /** Internal name of {@link Linkage}, for bytecode generators. */
    public static final String LINKAGE_INTERNAL_NAME = "beskid/abi/Linkage";

    /** Name of the bootstrap method in {@link Linkage} every call site uses. */
    public static final String BOOTSTRAP_NAME = "bootstrap";

    /** Descriptor of the bootstrap method; the trailing {@code Object[]} carries the interop tag. */
    public static final String BOOTSTRAP_DESCRIPTOR =
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;";

    private Abi() {}
}
