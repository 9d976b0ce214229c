package beskid.runtime.symbols;

import beskid.abi.InteropTag;
import beskid.abi.RuntimeSymbol;
import beskid.abi.SymbolProvider;
import beskid.runtime.execution.Checkpoints;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds every symbol of the table to its implementation by name and descriptor. Every
 * implementation is found at construction, so a symbol without one fails there and the
 * runtime cannot start exporting a symbol it does not implement; the method handles are made
 * on first use, because each costs start-up time and a program links only the few it calls.
 */
public final class RuntimeSymbolProvider implements SymbolProvider {
    private final Map<RuntimeSymbol, Method> symbols = new EnumMap<>(RuntimeSymbol.class);
    private final Map<InteropTag, Method> interop = new EnumMap<>(InteropTag.class);
    private final Map<Object, MethodHandle> handles = new ConcurrentHashMap<>();

    /** Finds every implementation; throws if one is missing. */
    public RuntimeSymbolProvider() {
        ClassLoader loader = RuntimeSymbolProvider.class.getClassLoader();
        Map<String, Method> symbolMethods = staticMethods(SymbolImplementations.class);
        Map<String, Method> interopMethods = staticMethods(StdInterop.class);
        for (RuntimeSymbol symbol : RuntimeSymbol.values()) {
            if (symbol.isInteropDispatch()) {
                continue; // dispatch sites bind to the tag's implementation
            }
            MethodType type = MethodType.fromMethodDescriptorString(symbol.descriptor(), loader);
            symbols.put(symbol, require(symbolMethods, symbol.name(), type));
        }
        for (InteropTag tag : InteropTag.values()) {
            MethodType type = MethodType.fromMethodDescriptorString(tag.descriptor(), loader);
            interop.put(tag, require(interopMethods, methodName(tag), type));
        }
    }

    @Override
    public MethodHandle symbol(RuntimeSymbol symbol) {
        if (symbol == RuntimeSymbol.run_checkpoint) {
            return Checkpoints.poller(); // no check at all until some run is cancelled
        }
        return handle(symbol, symbols.get(symbol));
    }

    @Override
    public MethodHandle interop(InteropTag tag) {
        return handle(tag, interop.get(tag));
    }

    private MethodHandle handle(Object key, Method method) {
        if (method == null) {
            return null;
        }
        MethodHandle handle = handles.get(key);
        if (handle == null) {
            handle = unreflect(method);
            MethodHandle raced = handles.putIfAbsent(key, handle);
            handle = raced != null ? raced : handle;
        }
        return handle;
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

    private static Map<String, Method> staticMethods(Class<?> owner) {
        Map<String, Method> methods = new HashMap<>();
        for (Method m : owner.getDeclaredMethods()) {
            if (Modifier.isStatic(m.getModifiers())) {
                methods.put(m.getName(), m); // symbols are never overloaded
            }
        }
        return methods;
    }

    private static Method require(Map<String, Method> methods, String name, MethodType type) {
        Method m = methods.get(name);
        if (m == null
                || m.getReturnType() != type.returnType()
                || !Arrays.equals(m.getParameterTypes(), type.parameterArray())) {
            throw new IllegalStateException("runtime does not implement " + name + type);
        }
        return m;
    }

    private static MethodHandle unreflect(Method method) {
        try {
            return MethodHandles.lookup().unreflect(method);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("runtime cannot bind its own " + method, e);
        }
    }
}
