package beskid.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import beskid.abi.Abi;
import beskid.abi.ExecutionEntry;
import beskid.lowering.api.BuildBackend;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.jar.Attributes;
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
import org.osgi.framework.BundleException;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * AOT bundles (issue 5): a program built with kind BUNDLE is installed into the running container,
 * resolves against the installed runtime (resolving is its link check) and runs its main through
 * the runtime's execution entry. The same bundle forged to require a symbol the runtime lacks is
 * refused by the resolver at start, and everything already running keeps running.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AotBundleIT {
    private static final String FORGED_SYMBOL = "forged_hook";

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return new Option[] {Container.toolchain()};
    }

    private Bundle install(String location, byte[] jar) throws BundleException {
        return context.installBundle(location, new ByteArrayInputStream(jar));
    }

    @Test
    public void testAotBundle_installsResolvesAndRunsItsMainThroughTheRuntime() throws Exception {
        byte[] jar = AotBundles.build(Container.service(context, BuildBackend.class), "hello.bd", Backends.HELLO);
        Attributes manifest = AotBundles.manifest(jar);
        assertTrue(
                manifest.getValue(AotBundles.REQUIRE_CAPABILITY),
                manifest.getValue(AotBundles.REQUIRE_CAPABILITY).startsWith(Abi.CAPABILITY_NAMESPACE + ";"));

        Bundle program = install("beskid-aot:hello", jar);
        try {
            assertEquals(Bundle.INSTALLED, program.getState());
            program.start();
            assertEquals(Bundle.ACTIVE, program.getState());
            // linked to the installed runtime: its beskid.abi import is wired to the runtime bundle
            BundleWire abi = null;
            for (BundleWire wire :
                    program.adapt(BundleWiring.class).getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
                if ("beskid.abi".equals(wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))) {
                    abi = wire;
                }
            }
            assertTrue("beskid.abi is wired", abi != null);
            assertEquals(
                    Container.installedBundle(context, Container.RUNTIME),
                    abi.getProvider().getBundle());
            assertEquals(
                    1,
                    program.adapt(BundleWiring.class)
                            .getRequiredWires(Abi.CAPABILITY_NAMESPACE)
                            .size());

            AotBundles.run(program, Container.service(context, ExecutionEntry.class))
                    .assertExit("hi\n", 7);
        } finally {
            program.uninstall();
        }
    }

    @Test
    public void testAotBundle_forgedToRequireAnExtraSymbol_isRefusedAtStart_andNothingElseStops() throws Exception {
        BuildBackend builder = Container.service(context, BuildBackend.class);
        Bundle first = install("beskid-aot:first", AotBundles.build(builder, "first.bd", Backends.HELLO));
        byte[] forgedJar =
                AotBundles.requiringAlsoSymbol(AotBundles.build(builder, "forged.bd", Backends.HELLO), FORGED_SYMBOL);
        assertTrue(AotBundles.manifest(forgedJar)
                .getValue(AotBundles.REQUIRE_CAPABILITY)
                .contains("(symbols=" + FORGED_SYMBOL + "))\""));
        Bundle forged = install("beskid-aot:forged", forgedJar);
        try {
            first.start();
            ExecutionEntry entry = Container.service(context, ExecutionEntry.class);
            AotBundles.run(first, entry).assertExit("hi\n", 7);

            try {
                forged.start();
                fail("a bundle requiring " + FORGED_SYMBOL + " started");
            } catch (BundleException e) {
                assertEquals(e.toString(), BundleException.RESOLVE_ERROR, e.getType());
                // Felix quotes the missing requirement's filter, Equinox the Require-Capability header
                assertTrue(e.getMessage(), e.getMessage().contains(Abi.CAPABILITY_NAMESPACE));
                assertTrue(e.getMessage(), e.getMessage().contains(FORGED_SYMBOL));
            }
            assertEquals(Bundle.INSTALLED, forged.getState());

            // everything else keeps working: the runtime, both backends and the first AOT bundle
            for (String name : List.of(Container.RUNTIME, Container.LOWERING, Container.JIT, Container.AOT)) {
                assertEquals(
                        name,
                        Bundle.ACTIVE,
                        Container.installedBundle(context, name).getState());
            }
            assertEquals(Bundle.ACTIVE, first.getState());
            AotBundles.run(first, entry).assertExit("hi\n", 7);
            Backends.run(Backends.runBackend(context, "jit"), "hello.bd", Backends.HELLO)
                    .assertExit("hi\n", 7);
            Backends.run(Backends.runBackend(context, "aot"), "hello.bd", Backends.HELLO)
                    .assertExit("hi\n", 7);
            byte[] again = AotBundles.build(builder, "again.bd", Backends.HELLO);
            assertFalse(AotBundles.manifest(again)
                    .getValue(AotBundles.REQUIRE_CAPABILITY)
                    .contains(FORGED_SYMBOL));
        } finally {
            forged.uninstall();
            first.uninstall();
        }
    }
}
