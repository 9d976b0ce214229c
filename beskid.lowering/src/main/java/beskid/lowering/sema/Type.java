package beskid.lowering.sema;

/**
 * A checked Beskid type. Primitive types are the constants of {@link Prim}; declared types
 * carry their symbol (compared by identity) and type arguments.
 */
public sealed interface Type permits Prim, StructType, EnumType, ContractType, ArrayOf, FnType, TypeParam, RefOf {
    /** The type as a Beskid programmer writes it, for diagnostics. */
    String display();
}
