package beskid.runtime.standalone;

import beskid.abi.ExecutionEntry;
import beskid.abi.InteropTag;
import beskid.abi.Linkage;
import beskid.abi.RuntimeSymbol;
import beskid.abi.SymbolProvider;
import beskid.runtime.execution.ExecutionEngine;
import beskid.runtime.execution.Policies;
import beskid.runtime.policy.StandardEnvironmentPolicy;
import beskid.runtime.policy.StandardInputPolicy;
import beskid.runtime.policy.StandardOutputPolicy;
import beskid.runtime.policy.StandardProcessPolicy;
import beskid.runtime.policy.SystemClockPolicy;
import beskid.runtime.policy.ThreadSchedulingPolicy;
import beskid.runtime.symbols.RuntimeSymbolProvider;
import java.lang.invoke.MethodHandle;

/**
 * The runtime outside a container (an executable jar, a unit test): the same engine, symbols
 * and default policies the DS components provide, wired by hand.
 */
public final class StandaloneRuntime {
    private StandaloneRuntime() {}

    /** The default policies. */
    public static Policies defaultPolicies() {
        return new Policies(
                new StandardOutputPolicy(),
                new StandardInputPolicy(),
                new StandardProcessPolicy(),
                new StandardEnvironmentPolicy(),
                new SystemClockPolicy(),
                new ThreadSchedulingPolicy());
    }

    /** Installs the symbol implementations and returns an execution entry with the default policies. */
    public static ExecutionEntry start() {
        Linkage.install(new RuntimeSymbolProvider());
        return new ExecutionEngine(defaultPolicies());
    }

    /**
     * As {@link #start()} for an executable, whose call sites the AOT link step has mostly bound
     * already: the symbol table is read on the first call site left to link, if any.
     */
    public static ExecutionEngine startForExecutable() {
        Linkage.install(new LazySymbols());
        return new ExecutionEngine(defaultPolicies());
    }

    /** The runtime's symbols, bound when a call site first needs one. */
    private static final class LazySymbols implements SymbolProvider {
        private volatile RuntimeSymbolProvider symbols;

        private RuntimeSymbolProvider symbols() {
            RuntimeSymbolProvider s = symbols;
            if (s == null) {
                synchronized (this) {
                    s = symbols;
                    if (s == null) {
                        s = new RuntimeSymbolProvider();
                        symbols = s;
                    }
                }
            }
            return s;
        }

        @Override
        public MethodHandle symbol(RuntimeSymbol symbol) {
            return symbols().symbol(symbol);
        }

        @Override
        public MethodHandle interop(InteropTag tag) {
            return symbols().interop(tag);
        }
    }
}
