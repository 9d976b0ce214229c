package beskid.abi;

import static beskid.abi.AbiKind.BOOL;
import static beskid.abi.AbiKind.I32;
import static beskid.abi.AbiKind.I64;
import static beskid.abi.AbiKind.NEVER;
import static beskid.abi.AbiKind.PTR;
import static beskid.abi.AbiKind.STR;
import static beskid.abi.AbiKind.TAG;
import static beskid.abi.AbiKind.UNIT;
import static beskid.abi.AbiKind.VARARGS;

import java.util.List;

/**
 * The runtime symbol table: every entry point generated code may call, with its ABI
 * signature. Symbols are stable, static and never overloaded; the constant name is the
 * symbol name, so an added symbol is an API change that bnd's baseline sees.
 *
 * <p>Generated code calls a symbol through an {@code invokedynamic} site whose name is the
 * symbol name and whose bootstrap is {@link Linkage#bootstrap}; interop dispatch sites pass
 * the {@link InteropTag} id as the single bootstrap argument.
 */
public enum RuntimeSymbol {
    /** The ABI major version the runtime implements. */
    beskid_runtime_abi_version(I64),
    /** A string from UTF-8 bytes (a {@code byte[]}); malformed input is replaced. */
    str_new(STR, PTR),
    /** {@code a + b}. */
    str_concat(STR, STR, STR),
    /** Length in UTF-8 bytes. */
    str_len(I64, STR),
    /** Equality by content. */
    str_eq(BOOL, STR, STR),
    /** Decimal text of a 64-bit integer (interpolation). */
    str_from_i64(STR, I64),
    /** {@code true} or {@code false} (interpolation). */
    str_from_bool(STR, BOOL),
    /** The character of a code point (interpolation). */
    str_from_char(STR, I32),
    /** An opaque non-zero handle to a new zeroed array of {@code len} elements of {@code elemSize} bytes. */
    array_new(I64, I64, I64),
    /** Panics with a runtime-owned message chosen by a {@link PanicCode} number. */
    panic(NEVER, I64),
    /** Panics with the given message. */
    panic_str(NEVER, STR),
    /** Writes a string's UTF-8 bytes to a descriptor; bytes written, or -1 when the policy refuses. */
    syscall_write(I64, I64, STR),
    /** Reads at most {@code max} bytes from a descriptor; empty when nothing is there or refused. */
    syscall_read(STR, I64, I64),
    /** A new, empty event handler list holding at most {@code capacity} handlers. */
    event_new(PTR, I64),
    /** Appends a handler; panics {@code event capacity exceeded} when full. */
    event_subscribe(UNIT, PTR, PTR),
    /** Removes the first handler identical to the given one, if any. */
    event_unsubscribe_first(UNIT, PTR, PTR),
    /** Number of handlers. */
    event_len(I64, PTR),
    /** The handler at an index, in subscription order. */
    event_get_handler(PTR, PTR, I64),
    /** Calls an {@code [Interop]} function whose return group is unit. */
    interop_dispatch_unit(UNIT, TAG, VARARGS),
    /** Calls an {@code [Interop]} function whose return group is bool or integer. */
    interop_dispatch_usize(I64, TAG, VARARGS),
    /** Calls an {@code [Interop]} function whose return group is a reference. */
    interop_dispatch_ptr(PTR, TAG, VARARGS),
    /**
     * A cancellation point, called at every loop head: ends the run when whoever started it
     * asked it to stop (Ctrl-C in the shell), so no program outlives its run. Since 1.1.
     */
    run_checkpoint(UNIT);

    private final AbiKind returnKind;
    private final List<AbiKind> parameterKinds;

    RuntimeSymbol(AbiKind returnKind, AbiKind... parameterKinds) {
        this.returnKind = returnKind;
        this.parameterKinds = List.of(parameterKinds);
    }

    /** The kind of value the symbol returns. */
    public AbiKind returnKind() {
        return returnKind;
    }

    /** The kinds of the symbol's parameters, in order. */
    public List<AbiKind> parameterKinds() {
        return parameterKinds;
    }

    /** True for the three interop dispatch entries, whose call sites carry a tag. */
    public boolean isInteropDispatch() {
        return parameterKinds.contains(TAG);
    }

    /** The ABI signature, e.g. {@code (I64,STR)->I64}; what import tables record and linkers compare. */
    public String signature() {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < parameterKinds.size(); i++) {
            out.append(i == 0 ? "" : ",").append(parameterKinds.get(i).name());
        }
        return out.append(")->").append(returnKind.name()).toString();
    }

    /**
     * The JVM method descriptor of a call site of this symbol. Interop dispatch symbols have
     * no fixed descriptor (their arguments are the callee's), so they answer null.
     */
    public String descriptor() {
        if (isInteropDispatch()) {
            return null;
        }
        return AbiKind.methodDescriptor(parameterKinds, returnKind.descriptor());
    }

    /** The symbol with this name, or null. */
    public static RuntimeSymbol byName(String name) {
        for (RuntimeSymbol s : values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }
}
