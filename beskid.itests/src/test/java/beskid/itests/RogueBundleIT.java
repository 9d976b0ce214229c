package beskid.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.streamBundle;

import beskid.abi.ExecutionEntry;
import java.io.InputStream;
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

/**
 * A backend-only ABI hook fails at install time, not at a call: bundles that import a package
 * the runtime does not export, another major version of beskid.abi, or a symbol the runtime's
 * capability does not list are refused by the resolver, and the running runtime is untouched.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RogueBundleIT {
    private static final String HOOK_PACKAGE = "rogue.hook.package";
    private static final String OTHER_MAJOR = "rogue.abi.major2";
    private static final String UNLISTED_SYMBOL = "rogue.unlisted.symbol";
    private static final String GOOD_CONSUMER = "good.abi.consumer";

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return new Option[] {
            Container.base(),
            // (a) a backend-only hook package nobody exports
            streamBundle(bundle(HOOK_PACKAGE, "Import-Package", "beskid.abi.jit"))
                    .noStart(),
            // (b) the ABI of another major version
            streamBundle(bundle(OTHER_MAJOR, "Import-Package", "beskid.abi;version=\"[2,3)\""))
                    .noStart(),
            // (c) the right version, but a symbol the runtime does not provide
            streamBundle(
                            bundle(
                                    UNLISTED_SYMBOL,
                                    "Require-Capability",
                                    "beskid.runtime.abi;filter:=\""
                                            + "(&(version>=1.0.0)(!(version>=2.0.0))(symbols=str_concat)(symbols=jit_only_hook))\""))
                    .noStart(),
            // positive control: what an AOT bundle importing real symbols declares
            streamBundle(bundle(
                            GOOD_CONSUMER,
                            "Require-Capability",
                            "beskid.runtime.abi;filter:=\""
                                    + "(&(version>=1.0.0)(!(version>=2.0.0))(symbols=str_concat)(symbols=syscall_write)"
                                    + "(symbols=interop_dispatch_ptr))\"",
                            "Import-Package",
                            "beskid.abi;version=\"[1,2)\""))
                    .noStart(),
        };
    }

    /** A bundle with only a manifest (TinyBundles' raw builder: no bnd analysis adds or drops headers). */
    private static InputStream bundle(String symbolicName, String... headers) {
        var builder = TinyBundles.bundle()
                .setHeader(Constants.BUNDLE_MANIFESTVERSION, "2")
                .symbolicName(symbolicName);
        for (int i = 0; i < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        return builder.build(TinyBundles.rawBuilder());
    }

    /**
     * start() fails with a resolution error naming the requirement, the bundle stays INSTALLED,
     * the runtime runs on. Both frameworks name the bundle and quote the requirement: Felix
     * {@code Unable to resolve B [n](R n.0): missing requirement [...] osgi.wiring.package;
     * (&(osgi.wiring.package=beskid.abi)(version>=2.0.0)(!(version>=3.0.0)))}, Equinox
     * {@code Could not resolve module: B [n]} then {@code Unresolved requirement: Import-Package:
     * beskid.abi; version="[2.0.0,3.0.0)"}; the words checked are in both.
     */
    private void assertRefused(String symbolicName, String... requirementWords) {
        Bundle rogue = Container.installedBundle(context, symbolicName);
        assertEquals(Bundle.INSTALLED, rogue.getState());
        try {
            rogue.start();
            fail(symbolicName + " started");
        } catch (BundleException e) {
            assertEquals(e.toString(), BundleException.RESOLVE_ERROR, e.getType());
            assertTrue(e.getMessage(), e.getMessage().contains(symbolicName));
            for (String word : requirementWords) {
                assertTrue(word + " in: " + e.getMessage(), e.getMessage().contains(word));
            }
        }
        assertEquals(Bundle.INSTALLED, rogue.getState());
        assertRuntimeStillRuns();
    }

    private void assertRuntimeStillRuns() {
        assertEquals(
                Bundle.ACTIVE,
                Container.installedBundle(context, Container.RUNTIME).getState());
        ExecutionEntry entry = Container.service(context, ExecutionEntry.class);
        Programs.Run run = Programs.run(entry, Programs.writeThenReturn(1, "still running\n", 7));
        assertEquals("still running\n", run.stdout());
        assertEquals(7, run.outcome().exitCode());
    }

    @Test
    public void testInstall_aBackendOnlyHookPackageDoesNotResolve() {
        assertRefused(HOOK_PACKAGE, "beskid.abi.jit");
    }

    @Test
    public void testInstall_anotherMajorVersionOfTheAbiDoesNotResolve() {
        assertRefused(OTHER_MAJOR, "beskid.abi", "2.0.0");
    }

    @Test
    public void testInstall_aSymbolTheRuntimeDoesNotListDoesNotResolve() {
        assertRefused(UNLISTED_SYMBOL, "beskid.runtime.abi", "jit_only_hook");
    }

    @Test
    public void testInstall_aConsumerOfListedSymbolsResolvesAndStarts() throws BundleException {
        Bundle good = Container.installedBundle(context, GOOD_CONSUMER);
        good.start();
        assertEquals(Bundle.ACTIVE, good.getState());
        assertRuntimeStillRuns();
    }
}
