package beskid.runtime.symbols;

import beskid.abi.InteropTag;
import beskid.abi.RuntimeSymbol;
import beskid.abi.SymbolProvider;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.EnumMap;
import java.util.Map;

/**
 * Binds every symbol of the table to its implementation, once, by name and descriptor. A
 * symbol without an implementation fails construction, so the runtime cannot start exporting
 * a symbol it does not implement.
 */
public final class RuntimeSymbolProvider implements SymbolProvider {
    private final Map<RuntimeSymbol, MethodHandle> symbols = new EnumMap<>(RuntimeSymbol.class);
    private final Map<InteropTag, MethodHandle> interop = new EnumMap<>(InteropTag.class);

    /** Looks up every implementation; throws if one is missing. */
    public RuntimeSymbolProvider() {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        ClassLoader loader = RuntimeSymbolProvider.class.getClassLoader();
        for (RuntimeSymbol symbol : RuntimeSymbol.values()) {
            if (symbol.isInteropDispatch()) {
                continue; // dispatch sites bind to the tag's implementation
            }
            MethodType type = MethodType.fromMethodDescriptorString(symbol.descriptor(), loader);
            symbols.put(symbol, find(lookup, SymbolImplementations.class, symbol.name(), type));
        }
        for (InteropTag tag : InteropTag.values()) {
            MethodType type = MethodType.fromMethodDescriptorString(tag.descriptor(), loader);
            interop.put(tag, find(lookup, StdInterop.class, methodName(tag), type));
        }
    }

    @Override
    public MethodHandle symbol(RuntimeSymbol symbol) {
        return symbols.get(symbol);
    }

    @Override
    public MethodHandle interop(InteropTag tag) {
        return interop.get(tag);
    }

    /** The implementing method of a tag: {@code ARRAY_GET} is {@code arrayGet}. */
    static String methodName(InteropTag tag) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : tag.name().toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? c : Character.toLowerCase(c));
                upper = false;
            }
        }
        return name.toString();
    }

    private static MethodHandle find(MethodHandles.Lookup lookup, Class<?> owner, String name, MethodType type) {
        try {
            return lookup.findStatic(owner, name, type);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("runtime does not implement " + name + type, e);
        }
    }
}
