package beskid.lowering.sema;

import java.util.Map;

/** What a call expression calls, as decided by the checker. */
public sealed interface CallTarget {
    /**
     * A module function (or an {@code [Interop]} Std function when {@code function.interop()}
     * is set) with the inferred type arguments.
     */
    record FunctionCall(FunctionSymbol function, Map<TypeParam, Type> bindings) implements CallTarget {}

    /**
     * A method of a struct or enum (virtual) or of a contract (interface); the receiver is the
     * target of the callee member expression. Bindings cover the owner's and the method's own
     * type parameters.
     */
    record MethodCall(FunctionSymbol method, Map<TypeParam, Type> bindings) implements CallTarget {}

    /** A call of a function value (a local, a field, any expression of function type). */
    record ValueCall(FnType type) implements CallTarget {}

    /** A runtime builtin such as {@code __syscall_write}. */
    record BuiltinCall(Builtin builtin) implements CallTarget {}

    /** Raising an event: every handler is called in subscription order. */
    record EventCall(StructSymbol owner, EventSymbol event) implements CallTarget {}
}
