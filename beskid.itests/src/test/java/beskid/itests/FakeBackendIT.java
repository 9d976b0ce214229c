package beskid.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.streamBundle;

import beskid.lowering.api.BuildBackend;
import beskid.lowering.api.RunBackend;
import java.io.InputStream;
import java.util.List;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.tinybundles.TinyBundles;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * The boundary (issue 6, item 6): a backend bundle that declares a hook of its own, a package
 * the runtime does not export or a symbol its capability does not list, is refused by the
 * resolver when it is started in the running container, and the real JIT and AOT backends
 * stay ACTIVE and keep working. A control bundle with the same headers minus the hook resolves,
 * so the hook is what is refused.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FakeBackendIT {
    /** What a real backend imports: the ABI in [N, N+1) (cnf/abi.bnd) and the contracts. */
    private static final String ABI_IMPORT =
            "beskid.abi;version=\"" + Container.abiBnd("beskid.abi.range") + "\",beskid.lowering.api;version=\"[2,3)\"";
    /** The version filter of cnf/abi.bnd and real symbols, left open for more terms ({@link #requirement} closes it). */
    private static final String ABI_FILTER =
            openFilter(Container.abiBnd("beskid.abi.filter.version")) + "(symbols=syscall_write)(symbols=str_concat)";

    private static final String PROVIDES_RUN_BACKEND = "osgi.service;objectClass:List<String>=\""
            + RunBackend.class.getName() + "\";beskid.backend=fake;uses:=\"beskid.lowering.api\"";

    private static final String HOOK_PACKAGE = "fake.backend.hookpackage";
    private static final String HOOK_SYMBOL = "fake.backend.hooksymbol";
    private static final String BOTH_HOOKS = "fake.backend.hooks";
    private static final String CONTROL = "fake.backend.control";

    @Inject
    private BundleContext context;

    /** The toolchain, and the fake backends installed (not started) next to it. */
    @Configuration
    public Option[] config() {
        return new Option[] {
            Container.toolchain(),
            streamBundle(fake(HOOK_PACKAGE, ABI_IMPORT + ",beskid.abi.jit", requirement(ABI_FILTER)))
                    .noStart(),
            streamBundle(fake(HOOK_SYMBOL, ABI_IMPORT, requirement(ABI_FILTER + "(symbols=jit_fast_call)")))
                    .noStart(),
            streamBundle(fake(
                            BOTH_HOOKS,
                            ABI_IMPORT + ",beskid.abi.jit",
                            requirement(ABI_FILTER + "(symbols=jit_fast_call)")))
                    .noStart(),
            streamBundle(fake(CONTROL, ABI_IMPORT, requirement(ABI_FILTER))).noStart(),
        };
    }

    /**
     * A fake backend built on the fly with TinyBundles' raw builder (a manifest only; no bnd
     * analysis adds or drops headers): the imports and capability requirement of a backend,
     * plus the osgi.service capability of a RunBackend.
     */
    private static InputStream fake(String symbolicName, String importPackage, String requireCapability) {
        return TinyBundles.bundle()
                .setHeader(Constants.BUNDLE_MANIFESTVERSION, "2")
                .symbolicName(symbolicName)
                .setHeader(Constants.IMPORT_PACKAGE, importPackage)
                .setHeader(Constants.REQUIRE_CAPABILITY, requireCapability)
                .setHeader(Constants.PROVIDE_CAPABILITY, PROVIDES_RUN_BACKEND)
                .build(TinyBundles.rawBuilder());
    }

    private static String openFilter(String filter) {
        return filter.substring(0, filter.length() - 1);
    }

    private static String requirement(String filter) {
        return "beskid.runtime.abi;filter:=\"" + filter + ")\"";
    }

    private void assertRefused(String symbolicName, String... requirementWords) {
        Bundle fake = Container.installedBundle(context, symbolicName);
        assertEquals(Bundle.INSTALLED, fake.getState());
        try {
            fake.start();
            fail(fake.getSymbolicName() + " started");
        } catch (BundleException e) {
            assertEquals(e.toString(), BundleException.RESOLVE_ERROR, e.getType());
            assertTrue(e.getMessage(), e.getMessage().contains(fake.getSymbolicName()));
            for (String word : requirementWords) {
                assertTrue(word + " in: " + e.getMessage(), e.getMessage().contains(word));
            }
        }
        assertEquals(Bundle.INSTALLED, fake.getState());
        assertRealBackendsRun();
    }

    /** Both real backends ACTIVE, the only run backends, and both run a program; the AOT one still builds. */
    private void assertRealBackendsRun() {
        for (String name : List.of(Container.RUNTIME, Container.LOWERING, Container.JIT, Container.AOT)) {
            assertEquals(
                    name,
                    Bundle.ACTIVE,
                    Container.installedBundle(context, name).getState());
        }
        assertEquals(List.of(), Backends.references(context, "fake"));
        for (String backend : List.of("jit", "aot")) {
            ServiceReference<RunBackend> ref = Backends.reference(context, backend);
            String owner = backend.equals("jit") ? Container.JIT : Container.AOT;
            assertEquals(owner, ref.getBundle().getSymbolicName());
            Backends.run(context.getService(ref), "hello.bd", Backends.HELLO).assertExit("hi\n", 7);
        }
        AotBundles.build(Container.service(context, BuildBackend.class), "hello.bd", Backends.HELLO);
    }

    @Test
    public void testFakeBackend_importingAHookPackageDoesNotResolve() {
        assertRefused(HOOK_PACKAGE, "beskid.abi.jit");
    }

    @Test
    public void testFakeBackend_requiringASymbolTheRuntimeLacksDoesNotResolve() {
        assertRefused(HOOK_SYMBOL, "beskid.runtime.abi", "jit_fast_call");
    }

    @Test
    public void testFakeBackend_withBothHooksDoesNotResolve() {
        assertRefused(BOTH_HOOKS);
    }

    @Test
    public void testFakeBackend_controlWithoutTheHooksResolves() throws BundleException {
        Bundle control = Container.installedBundle(context, CONTROL);
        control.start();
        assertEquals(Bundle.ACTIVE, control.getState());
        assertRealBackendsRun();
    }
}
