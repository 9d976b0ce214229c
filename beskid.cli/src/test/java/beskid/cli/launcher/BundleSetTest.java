package beskid.cli.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.apache.felix.framework.Felix;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;

/**
 * The launcher's bundle set against a real Felix: the cache follows the distribution's jars
 * (install new, update changed, uninstall gone, keep the rest), fragments are never started,
 * and the shell's bundles run only for {@code beskid shell}.
 */
class BundleSetTest {
    @TempDir
    Path dir;

    private Felix felix;
    private BundleContext context;
    private Path app;
    private Path fragment;
    private Path shell;

    private Path bundle(String file, String... headers) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        for (int i = 0; i < headers.length; i += 2) {
            main.putValue(headers[i], headers[i + 1]);
        }
        Path jar = dir.resolve("bundles").resolve(file);
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // a manifest is all these bundles need
        }
        return jar;
    }

    private Bundle named(String symbolicName) {
        return Arrays.stream(context.getBundles())
                .filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst()
                .orElse(null);
    }

    @BeforeEach
    void startFramework() throws Exception {
        felix = FrameworkFactory.start(dir.resolve("cache"), SystemPackages.in(dir));
        context = felix.getBundleContext();
        app = bundle("app.jar", "Bundle-SymbolicName", "test.app", "Bundle-Version", "1.0.0");
        fragment = bundle("frag.jar", "Bundle-SymbolicName", "test.frag", "Fragment-Host", "test.app");
        shell = bundle("jline.jar", "Bundle-SymbolicName", "org.apache.felix.gogo.jline");
    }

    @AfterEach
    void stopFramework() throws Exception {
        felix.stop();
        felix.waitForStop(0);
    }

    @Test
    void testSynchronize_installsAndStartsAllButFragmentsAndTheShell() throws Exception {
        BundleSet.synchronize(context, List.of(app, fragment, shell), false);
        assertThat(felix.getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(named("test.app").getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(named("test.frag").getState()).isEqualTo(Bundle.RESOLVED);
        assertThat(named("org.apache.felix.gogo.jline").getState()).isNotEqualTo(Bundle.ACTIVE);
    }

    @Test
    void testSynchronize_theShellsBundlesRunOnlyForTheShell() throws Exception {
        BundleSet.synchronize(context, List.of(app, shell), true);
        Bundle jline = named("org.apache.felix.gogo.jline");
        assertThat(jline.getState()).isEqualTo(Bundle.ACTIVE);
        BundleSet.synchronize(context, List.of(app, shell), false);
        assertThat(jline.getState()).isEqualTo(Bundle.RESOLVED);
        assertThat(named("test.app").getState()).isEqualTo(Bundle.ACTIVE);
    }

    @Test
    void testSynchronize_keepsUnchangedBundlesAndUpdatesChangedOnes() throws Exception {
        BundleSet.synchronize(context, List.of(app, fragment), false);
        long appId = named("test.app").getBundleId();
        BundleSet.synchronize(context, List.of(app, fragment), false);
        assertThat(named("test.app").getBundleId()).as("not reinstalled").isEqualTo(appId);
        assertThat(named("test.app").getVersion()).isEqualTo(Version.parseVersion("1.0.0"));

        bundle("app.jar", "Bundle-SymbolicName", "test.app", "Bundle-Version", "2.0.0");
        Files.setLastModifiedTime(app, FileTime.fromMillis(named("test.app").getLastModified() + 60_000));
        BundleSet.synchronize(context, List.of(app, fragment), false);
        assertThat(named("test.app").getBundleId()).as("updated in place").isEqualTo(appId);
        assertThat(named("test.app").getVersion()).isEqualTo(Version.parseVersion("2.0.0"));
    }

    @Test
    void testSynchronize_uninstallsWhatTheDistributionNoLongerHas() throws Exception {
        BundleSet.synchronize(context, List.of(app, fragment, shell), false);
        BundleSet.synchronize(context, List.of(app), false);
        assertThat(named("test.frag")).isNull();
        assertThat(named("org.apache.felix.gogo.jline")).isNull();
        assertThat(named("test.app").getState()).isEqualTo(Bundle.ACTIVE);
    }

    @Test
    void testPrepare_recordsAllButFragmentsAndTheShellAsStarted() throws Exception {
        BundleSet.prepare(context, List.of(app, fragment, shell));
        felix.start(); // what a later launch on this cache does
        assertThat(named("test.app").getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(named("test.frag").getState()).isEqualTo(Bundle.RESOLVED);
        assertThat(named("org.apache.felix.gogo.jline").getState()).isNotEqualTo(Bundle.ACTIVE);
    }

    @Test
    void testSynchronize_restartsAStoppedBundle() throws Exception {
        BundleSet.synchronize(context, List.of(app), false);
        named("test.app").stop();
        BundleSet.synchronize(context, List.of(app), false);
        assertThat(named("test.app").getState()).isEqualTo(Bundle.ACTIVE);
    }
}
