package beskid.abi;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The single linkage entry of the ABI. Every call generated code makes into the runtime is an
 * {@code invokedynamic} site named by a {@link RuntimeSymbol} and bootstrapped here; the site
 * is checked against the symbol table (name and descriptor, and for interop dispatch the tag
 * and its return group) and bound for good to the implementation the runtime installed.
 * Anything else is refused with a {@link LinkageError} naming the symbol.
 */
public final class Linkage {
    private static volatile SymbolProvider provider;

    private Linkage() {}

    /**
     * Installs the runtime's implementation; called by beskid.runtime when it activates (or by
     * a standalone executable's main shim). Replaces any previous provider.
     */
    public static void install(SymbolProvider symbols) {
        provider = symbols;
    }

    /** Removes the provider if it is still the installed one (runtime deactivation). */
    public static void uninstall(SymbolProvider symbols) {
        if (provider == symbols) {
            provider = null;
        }
    }

    /** True while a runtime implementation is installed. */
    public static boolean isInstalled() {
        return provider != null;
    }

    /** Bootstrap method of every runtime call site in generated code. */
    public static CallSite bootstrap(MethodHandles.Lookup caller, String name, MethodType type, Object... args) {
        SymbolProvider symbols = provider;
        if (symbols == null) {
            throw new LinkageError("Beskid runtime is not active: cannot link symbol " + name);
        }
        RuntimeSymbol symbol = RuntimeSymbol.byName(name);
        if (symbol == null) {
            throw new LinkageError("unknown runtime symbol " + name + " (ABI " + Abi.BESKID_RUNTIME_ABI_VERSION + ")");
        }
        String descriptor = type.toMethodDescriptorString();
        MethodHandle target;
        if (symbol.isInteropDispatch()) {
            InteropTag tag = interopTag(symbol, args);
            if (tag.group().dispatchSymbol() != symbol) {
                throw new LinkageError("interop tag " + tag.id() + " (" + tag.function() + ") returns " + tag.group()
                        + " and must be called through " + tag.group().dispatchSymbol() + ", not " + name);
            }
            requireDescriptor(name + " tag " + tag.id() + " (" + tag.function() + ")", tag.descriptor(), descriptor);
            target = symbols.interop(tag);
        } else {
            if (args.length != 0) {
                throw new LinkageError("symbol " + name + " takes no bootstrap arguments");
            }
            requireDescriptor(name, symbol.descriptor(), descriptor);
            target = symbols.symbol(symbol);
        }
        if (target == null || !target.type().equals(type)) {
            throw new LinkageError("runtime has no implementation of " + name + descriptor);
        }
        return new ConstantCallSite(target);
    }

    private static InteropTag interopTag(RuntimeSymbol symbol, Object[] args) {
        if (args.length != 1 || !(args[0] instanceof Integer)) {
            throw new LinkageError(symbol + " needs exactly one int bootstrap argument: the interop tag");
        }
        InteropTag tag = InteropTag.byId((Integer) args[0]);
        if (tag == null) {
            throw new LinkageError("unknown interop tag " + args[0] + " for " + symbol);
        }
        return tag;
    }

    private static void requireDescriptor(String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            throw new LinkageError("call site " + what + " has type " + actual + " but the ABI declares " + expected);
        }
    }
}
