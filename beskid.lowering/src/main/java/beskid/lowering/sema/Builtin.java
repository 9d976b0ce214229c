package beskid.lowering.sema;

import beskid.abi.RuntimeSymbol;
import java.util.List;

/** The runtime builtins callable from source, each one ABI symbol. */
public enum Builtin {
    SYSCALL_WRITE("__syscall_write", RuntimeSymbol.syscall_write, Prim.I64, Prim.I64, Prim.STRING),
    SYSCALL_READ("__syscall_read", RuntimeSymbol.syscall_read, Prim.STRING, Prim.I64, Prim.I64),
    STR_LEN("__str_len", RuntimeSymbol.str_len, Prim.I64, Prim.STRING),
    ARRAY_NEW("__array_new", RuntimeSymbol.array_new, Prim.I64, Prim.I64, Prim.I64),
    PANIC_STR("__panic_str", RuntimeSymbol.panic_str, Prim.NEVER, Prim.STRING);

    private final String sourceName;
    private final RuntimeSymbol symbol;
    private final Type result;
    private final List<Type> params;

    Builtin(String sourceName, RuntimeSymbol symbol, Type result, Type... params) {
        this.sourceName = sourceName;
        this.symbol = symbol;
        this.result = result;
        this.params = List.of(params);
    }

    /** The name programs call it by. */
    public String sourceName() {
        return sourceName;
    }

    /** The ABI symbol a call lowers to. */
    public RuntimeSymbol symbol() {
        return symbol;
    }

    public Type result() {
        return result;
    }

    public List<Type> params() {
        return params;
    }

    /** The builtin with this source name, or null. */
    public static Builtin byName(String name) {
        for (Builtin b : values()) {
            if (b.sourceName.equals(name)) {
                return b;
            }
        }
        return null;
    }
}
