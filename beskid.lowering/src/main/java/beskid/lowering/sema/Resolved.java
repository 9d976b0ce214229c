package beskid.lowering.sema;

import java.util.Map;

/** What a name or member expression in value position refers to. */
public sealed interface Resolved {
    /** A local variable, parameter or binding. */
    record LocalRef(LocalVar var) implements Resolved {}

    /** A module function used as a value (a function object is made for it). */
    record FunctionRef(FunctionSymbol function) implements Resolved {}

    /** A struct field read or written through a value of the struct. */
    record FieldRef(StructSymbol owner, FieldSymbol field) implements Resolved {}

    /** An event of a struct (only subscribed to, unsubscribed from or raised). */
    record EventRef(StructSymbol owner, EventSymbol event) implements Resolved {}

    /**
     * A method of the value a member expression reads, used as a function value bound to that
     * receiver; {@code bindings} are the receiver type's arguments.
     */
    record MethodRef(FunctionSymbol method, Map<TypeParam, Type> bindings) implements Resolved {}

    /** A module named in a path such as {@code IO.Println}. */
    record ModuleRef(ModuleSymbol module) implements Resolved {}
}
