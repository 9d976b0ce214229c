package beskid.runtime.symbols;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.abi.InteropTag;
import beskid.abi.RuntimeSymbol;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every symbol and every interop tag has exactly one implementation, and nothing else is an entry point. */
class RuntimeSymbolProviderTest {
    private final RuntimeSymbolProvider provider = new RuntimeSymbolProvider();

    @Test
    void testSymbol_everyNonDispatchSymbolIsBoundWithItsDescriptor() {
        for (RuntimeSymbol symbol : RuntimeSymbol.values()) {
            if (symbol.isInteropDispatch()) {
                continue;
            }
            MethodHandle handle = provider.symbol(symbol);
            assertThat(handle).as(symbol.name()).isNotNull();
            assertThat(handle.type().toMethodDescriptorString())
                    .as(symbol.name())
                    .isEqualTo(symbol.descriptor());
        }
    }

    @Test
    void testInterop_everyTagIsBoundWithItsDescriptor() {
        for (InteropTag tag : InteropTag.values()) {
            MethodHandle handle = provider.interop(tag);
            assertThat(handle).as(tag.name()).isNotNull();
            assertThat(handle.type().toMethodDescriptorString()).as(tag.name()).isEqualTo(tag.descriptor());
        }
    }

    /** Invariant 4: entry points are the symbols, static and not overloaded; no unlisted public entry. */
    @Test
    void testSymbolImplementations_publicStaticMethodsAreExactlyTheSymbols() {
        List<String> publicStatic = publicOrPackageStatic(SymbolImplementations.class)
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)
                .toList();
        List<String> symbols = Arrays.stream(RuntimeSymbol.values())
                .filter(s -> !s.isInteropDispatch())
                .map(Enum::name)
                .toList();
        assertThat(publicStatic)
                .as("public static methods of SymbolImplementations")
                .containsExactlyInAnyOrderElementsOf(symbols);
    }

    @Test
    void testStdInterop_staticMethodsAreExactlyTheTags() {
        List<String> methods =
                publicOrPackageStatic(StdInterop.class).map(Method::getName).toList();
        List<String> tags = Arrays.stream(InteropTag.values())
                .map(RuntimeSymbolProvider::methodName)
                .toList();
        assertThat(methods).as("non-private static methods of StdInterop").containsExactlyInAnyOrderElementsOf(tags);
    }

    @Test
    void testMethodName_camelCasesTheTag() {
        assertThat(RuntimeSymbolProvider.methodName(InteropTag.ARRAY_GET)).isEqualTo("arrayGet");
        assertThat(RuntimeSymbolProvider.methodName(InteropTag.TIME_MONOTONIC_NANOS))
                .isEqualTo("timeMonotonicNanos");
    }

    private static Stream<Method> publicOrPackageStatic(Class<?> owner) {
        return Arrays.stream(owner.getDeclaredMethods())
                .filter(m -> Modifier.isStatic(m.getModifiers()) && !Modifier.isPrivate(m.getModifiers()))
                .filter(m -> !m.isSynthetic());
    }
}
