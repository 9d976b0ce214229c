package beskid.runtime.abi;

import static beskid.runtime.testing.GeneratedCode.callInterop;
import static beskid.runtime.testing.GeneratedCode.callSymbol;
import static java.lang.invoke.MethodType.methodType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beskid.abi.InteropTag;
import beskid.abi.Linkage;
import beskid.abi.RuntimeSymbol;
import beskid.runtime.symbols.RuntimeSymbolProvider;
import beskid.runtime.testing.GeneratedCode;
import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;

/**
 * The single linkage entry links a call site only when the table says so: known symbol, the
 * symbol's descriptor, and for interop the tag's descriptor through its group's dispatch entry.
 */
class LinkageTest {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static RuntimeSymbolProvider provider;

    @BeforeAll
    static void installRuntime() {
        provider = new RuntimeSymbolProvider();
        Linkage.install(provider);
    }

    @AfterAll
    static void uninstallRuntime() {
        Linkage.uninstall(provider);
    }

    private static CallSite bootstrap(String name, MethodType type, Object... args) {
        return Linkage.bootstrap(LOOKUP, name, type, args);
    }

    @Test
    void testBootstrap_linksASymbolWithItsDescriptor() throws Throwable {
        CallSite site = bootstrap("str_concat", methodType(String.class, String.class, String.class));
        assertThat((String) site.dynamicInvoker().invokeExact("bes", "kid")).isEqualTo("beskid");
        CallSite version = bootstrap("beskid_runtime_abi_version", methodType(long.class));
        assertThat((long) version.dynamicInvoker().invokeExact()).isEqualTo(1L);
    }

    @Test
    void testBootstrap_linksAnInteropTagThroughItsGroupsEntry() throws Throwable {
        CallSite contains = bootstrap(
                "interop_dispatch_usize",
                methodType(long.class, String.class, String.class),
                InteropTag.STRING_CONTAINS.id());
        assertThat((long) contains.dynamicInvoker().invokeExact("beskid", "ski"))
                .isEqualTo(1L);
        assertThat((long) contains.dynamicInvoker().invokeExact("beskid", "x")).isEqualTo(0L);

        Object[] array = {"a", "b"};
        CallSite set = bootstrap(
                "interop_dispatch_unit",
                methodType(void.class, Object.class, long.class, Object.class),
                InteropTag.ARRAY_SET.id());
        set.dynamicInvoker().invokeExact((Object) array, 1L, (Object) "z");
        assertThat(array).containsExactly("a", "z");
    }

    @Test
    void testBootstrap_refusesAnUnknownSymbol() {
        assertThatThrownBy(() -> bootstrap("jit_only_hook", methodType(void.class)))
                .isInstanceOf(LinkageError.class)
                .hasMessageContaining("unknown runtime symbol jit_only_hook");
    }

    @Test
    void testBootstrap_refusesAWrongDescriptor() {
        assertThatThrownBy(() -> bootstrap("str_concat", methodType(String.class, String.class)))
                .isInstanceOf(LinkageError.class)
                .hasMessageContaining("str_concat")
                .hasMessageContaining("(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;");
        // same arity, int instead of long
        assertThatThrownBy(() -> bootstrap("syscall_write", methodType(long.class, int.class, String.class)))
                .isInstanceOf(LinkageError.class)
                .hasMessageContaining("syscall_write");
    }

    @Test
    void testBootstrap_refusesATagThroughTheWrongDispatchEntry() {
        // ARRAY_SET returns unit: only interop_dispatch_unit may call it, whatever the site's type
        assertThatThrownBy(() -> bootstrap(
                        "interop_dispatch_ptr",
                        methodType(Object.class, Object.class, long.class, Object.class),
                        InteropTag.ARRAY_SET.id()))
                .isInstanceOf(LinkageError.class)
                .hasMessageContaining("must be called through interop_dispatch_unit, not interop_dispatch_ptr");
        assertThatThrownBy(() -> bootstrap(
                        "interop_dispatch_usize", methodType(long.class, long.class), InteropTag.STRING_FROM_I64.id()))
                .isInstanceOf(LinkageError.class)
                .hasMessageContaining("interop_dispatch_ptr");
    }

    @Test
    void testBootstrap_refusesATagSiteWithTheWrongDescriptor() {
        assertThatThrownBy(() -> bootstrap(
                        "interop_dispatch_usize",
                        methodType(long.class, String.class),
                        InteropTag.STRING_CONTAINS.id()))
                .isInstanceOf(LinkageError.class)
                .hasMessageContaining("tag 1");
    }

    @Test
    void testBootstrap_refusesAnUnknownOrMissingTag() {
        assertThatThrownBy(() -> bootstrap("interop_dispatch_unit", methodType(void.class), 999))
                .isInstanceOf(LinkageError.class)
                .hasMessageContaining("unknown interop tag 999");
        assertThatThrownBy(() -> bootstrap("interop_dispatch_unit", methodType(void.class)))
                .isInstanceOf(LinkageError.class)
                .hasMessageContaining("interop tag");
        assertThatThrownBy(() -> bootstrap("interop_dispatch_unit", methodType(void.class), "9"))
                .isInstanceOf(LinkageError.class)
                .hasMessageContaining("interop tag");
    }

    @Test
    void testBootstrap_refusesBootstrapArgumentsOnAPlainSymbol() {
        assertThatThrownBy(() -> bootstrap("str_len", methodType(long.class, String.class), 1))
                .isInstanceOf(LinkageError.class)
                .hasMessageContaining("str_len");
    }

    @Test
    void testBootstrap_refusesEverythingWhileNoRuntimeIsInstalled() {
        Linkage.uninstall(provider);
        try {
            assertThat(Linkage.isInstalled()).isFalse();
            assertThatThrownBy(() -> bootstrap("str_len", methodType(long.class, String.class)))
                    .isInstanceOf(LinkageError.class)
                    .hasMessageContaining("not active");
        } finally {
            Linkage.install(provider);
        }
    }

    /** A real invokedynamic site in generated bytecode, as lowering emits it. */
    @Test
    void testInvokedynamic_generatedSitesLinkAndRun() throws Throwable {
        MethodHandle concat = GeneratedCode.method("gen/Concat", null, "run", "()Ljava/lang/String;", mv -> {
            mv.visitLdcInsn("bes");
            mv.visitLdcInsn("kid");
            callSymbol(mv, RuntimeSymbol.str_concat.name(), RuntimeSymbol.str_concat.descriptor());
            mv.visitInsn(Opcodes.ARETURN);
        });
        assertThat((String) concat.invokeExact()).isEqualTo("beskid");

        MethodHandle parse = GeneratedCode.method("gen/Parse", null, "run", "()J", mv -> {
            mv.visitLdcInsn("-42");
            callInterop(
                    mv,
                    "interop_dispatch_usize",
                    InteropTag.STRING_PARSE_I64.descriptor(),
                    InteropTag.STRING_PARSE_I64.id());
            mv.visitInsn(Opcodes.LRETURN);
        });
        assertThat((long) parse.invokeExact()).isEqualTo(-42L);
    }

    @Test
    void testInvokedynamic_generatedSiteOfAnUnknownSymbolFailsToLink() {
        MethodHandle hook = GeneratedCode.method("gen/Hook", null, "run", "()V", mv -> {
            callSymbol(mv, "jit_only_hook", "()V");
            mv.visitInsn(Opcodes.RETURN);
        });
        assertThatThrownBy(() -> {
                    hook.invokeExact();
                })
                .isInstanceOf(LinkageError.class)
                .hasMessageContaining("unknown runtime symbol jit_only_hook");
    }
}
