package beskid.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import beskid.abi.Abi;
import beskid.abi.ClockPolicy;
import beskid.abi.EnvironmentPolicy;
import beskid.abi.ExecutionEntry;
import beskid.abi.InputPolicy;
import beskid.abi.Linkage;
import beskid.abi.OutputPolicy;
import beskid.abi.ProcessPolicy;
import beskid.abi.RuntimeSymbol;
import beskid.abi.SchedulingPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The runtime bundle in a real framework: it alone exports beskid.abi at the ABI version,
 * provides the beskid.runtime.abi capability with every symbol, registers the policy services
 * and the execution entry, and runs a program that reaches it through invokedynamic.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RuntimeBundleIT {
    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return new Option[] {Container.base()};
    }

    private Bundle runtime() {
        return Container.installedBundle(context, Container.RUNTIME);
    }

    private static Version abiVersion() {
        return Version.parseVersion(Container.abiBnd("beskid.abi.version"));
    }

    @Test
    public void testRuntime_isActive() {
        assertEquals(Bundle.ACTIVE, runtime().getState());
        assertTrue("runtime activated its linkage", Linkage.isInstalled());
    }

    @Test
    public void testRuntime_aloneExportsBeskidAbiAtTheAbiVersion() {
        Version expected = abiVersion();
        assertEquals(Abi.BESKID_RUNTIME_ABI_VERSION, expected.getMajor());
        List<String> exporters = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            BundleRevision revision = b.adapt(BundleRevision.class);
            if (revision == null) {
                continue;
            }
            for (BundleCapability cap : revision.getDeclaredCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
                if ("beskid.abi".equals(cap.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))) {
                    exporters.add(b.getSymbolicName());
                    assertEquals(expected, cap.getAttributes().get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE));
                }
            }
        }
        assertEquals(List.of(Container.RUNTIME), exporters);

        // the beskid.abi classes this test uses are the runtime's: loading one wires the probe's
        // dynamic import to the runtime's export
        assertSame(runtime(), FrameworkUtil.getBundle(Abi.class));
        BundleWiring probe = FrameworkUtil.getBundle(getClass()).adapt(BundleWiring.class);
        BundleWire abiWire = null;
        for (BundleWire wire : probe.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
            if ("beskid.abi".equals(wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))) {
                abiWire = wire;
            }
        }
        assertNotNull("the probe is wired to beskid.abi: " + probe.getRequiredWires(null), abiWire);
        assertSame(runtime(), abiWire.getProvider().getBundle());
    }

    @Test
    public void testRuntime_providesTheAbiCapabilityWithEverySymbol() {
        List<BundleCapability> caps =
                runtime().adapt(BundleRevision.class).getDeclaredCapabilities(Abi.CAPABILITY_NAMESPACE);
        assertEquals(1, caps.size());
        Object version = caps.get(0).getAttributes().get("version");
        assertEquals(abiVersion(), version); // typed Version, not a string
        Object symbols = caps.get(0).getAttributes().get("symbols");
        assertTrue("symbols is a List<String>: " + symbols, symbols instanceof List);
        List<String> expected =
                Arrays.stream(RuntimeSymbol.values()).map(Enum::name).toList();
        assertEquals(expected, symbols);
    }

    @Test
    public void testRuntime_registersThePolicyServicesAndTheExecutionEntry() {
        for (Class<?> type : List.of(
                OutputPolicy.class,
                InputPolicy.class,
                ProcessPolicy.class,
                EnvironmentPolicy.class,
                ClockPolicy.class,
                SchedulingPolicy.class,
                ExecutionEntry.class)) {
            assertNotNull(type.getSimpleName(), Container.service(context, type));
            ServiceReference<?> ref = context.getServiceReference(type);
            assertSame(type.getSimpleName() + " comes from the runtime", runtime(), ref.getBundle());
        }
    }

    @Test
    public void testExecutionEntry_runsAProgramThatCallsSyscallWriteThroughInvokedynamic() {
        ExecutionEntry entry = Container.service(context, ExecutionEntry.class);
        Programs.Run run = Programs.run(entry, Programs.writeThenReturn(1, "hello from Beskid\n", 300));
        assertFalse(run.stderr(), run.outcome().panicked());
        assertEquals("hello from Beskid\n", run.stdout());
        assertEquals("", run.stderr());
        assertEquals(44, run.outcome().exitCode());
    }
}
