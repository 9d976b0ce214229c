package beskid.lowering.sema;

/** A named type declaration of a module: a struct, an enum or a contract. */
public sealed interface DeclSymbol permits DeclaredTypeSymbol {
    /** The simple name. */
    String name();

    /** The module that declares it. */
    ModuleSymbol module();

    /** JVM internal name of its class or interface, e.g. {@code prog/hello$Point}. */
    String internalName();
}
