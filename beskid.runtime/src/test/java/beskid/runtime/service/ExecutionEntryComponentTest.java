package beskid.runtime.service;

import static java.lang.invoke.MethodType.methodType;
import static org.assertj.core.api.Assertions.assertThat;

import beskid.abi.Linkage;
import beskid.abi.OutputPolicy;
import beskid.abi.RunContext;
import beskid.abi.RunOutcome;
import beskid.runtime.execution.Policies;
import beskid.runtime.standalone.StandaloneRuntime;
import beskid.runtime.symbols.SymbolImplementations;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The runtime's DS component, driven the way SCR drives it: references injected into its fields,
 * then activate, execute, deactivate. Runs use the injected policies, not built-in ones.
 */
class ExecutionEntryComponentTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static int greets() {
        SymbolImplementations.syscall_write(1, "hello\n");
        return 5;
    }

    /** An output policy as a higher-ranked service would provide it: it tags every write. */
    private static final OutputPolicy TAGGING = new OutputPolicy() {
        @Override
        public long write(RunContext run, long fd, byte[] bytes) {
            return StandaloneRuntime.defaultPolicies()
                    .output()
                    .write(
                            run,
                            fd,
                            ("[tagged] " + new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        }
    };

    private static ExecutionEntryComponent injected(OutputPolicy output) throws ReflectiveOperationException {
        Policies defaults = StandaloneRuntime.defaultPolicies();
        ExecutionEntryComponent component = new ExecutionEntryComponent();
        set(component, "output", output);
        set(component, "input", defaults.input());
        set(component, "process", defaults.process());
        set(component, "environment", defaults.environment());
        set(component, "clock", defaults.clock());
        set(component, "scheduling", defaults.scheduling());
        return component;
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    @AfterEach
    void reinstallForOtherTests() {
        StandaloneRuntime.start();
    }

    @Test
    void testActivate_installsTheSymbolsAndRunsWithTheInjectedPolicies() throws Exception {
        ExecutionEntryComponent component = injected(TAGGING);
        component.activate();
        assertThat(Linkage.isInstalled()).isTrue();
        RunOutcome outcome = component.execute(
                MethodHandles.lookup().findStatic(ExecutionEntryComponentTest.class, "greets", methodType(int.class)),
                RunContext.of(out, new ByteArrayOutputStream(), new ByteArrayInputStream(new byte[0]), List.of()));
        assertThat(outcome.exitCode()).isEqualTo(5);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[tagged] hello\n");
    }

    @Test
    void testDeactivate_uninstallsItsOwnSymbols() throws Exception {
        ExecutionEntryComponent component = injected(TAGGING);
        component.activate();
        component.deactivate();
        assertThat(Linkage.isInstalled()).isFalse();
    }
}
