package beskid.cli.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.felix.framework.Felix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

/**
 * The system bundle's exports kept between starts: the first start on a JVM computes and keeps
 * them, a later one is handed them and exports exactly the same packages.
 */
class SystemPackagesTest {
    @TempDir
    Path dir;

    private String exportsOfAStart(String cache, SystemPackages kept) throws BundleException {
        Felix felix = FrameworkFactory.start(dir.resolve(cache), kept);
        try {
            return (String) felix.getHeaders().get(Constants.EXPORT_PACKAGE);
        } finally {
            felix.stop();
        }
    }

    @Test
    void testALaterStartExportsWhatTheFirstComputed() throws Exception {
        SystemPackages kept = SystemPackages.in(dir);
        assertThat(kept.read()).isNull();

        String computed = exportsOfAStart("first", kept);
        assertThat(kept.read()).contains("org.osgi.framework;").contains("javax.xml.parsers");
        assertThat(kept.read()).doesNotContain("${");

        assertThat(exportsOfAStart("second", kept)).isEqualTo(computed);
    }

    @Test
    void testAnEmptyOrUnreadableFileIsComputedAgain() throws IOException, BundleException {
        SystemPackages kept = SystemPackages.in(dir);
        Files.createDirectories(kept.file().getParent());
        Files.writeString(kept.file(), "  \n");
        assertThat(kept.read()).isNull();

        assertThat(exportsOfAStart("cache", kept)).contains("javax.xml.parsers");
        assertThat(kept.read()).contains("javax.xml.parsers");
    }

    @Test
    void testAWriteThatFailsLeavesNoScratchFile() throws IOException, BundleException {
        SystemPackages kept = SystemPackages.in(dir);
        // the target is a folder: the rename over it fails after the scratch file was written
        Files.createDirectories(kept.file().resolve("occupied"));
        assertThat(exportsOfAStart("cache", kept)).contains("javax.xml.parsers");
        try (var left = Files.list(kept.file().getParent())) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactly(kept.file().getFileName().toString());
        }
    }

    @Test
    void testEachJvmAndFelixJarHasItsOwnFile() {
        assertThat(SystemPackages.key("/jdk/17", "felix.jar:1:2"))
                .isNotEqualTo(SystemPackages.key("/jdk/21", "felix.jar:1:2"));
        assertThat(SystemPackages.key("/jdk/17", "felix.jar:1:2"))
                .isNotEqualTo(SystemPackages.key("/jdk/17", "felix.jar:1:3"));
        assertThat(SystemPackages.key("/jdk/17", "felix.jar:1:2"))
                .isEqualTo(SystemPackages.key("/jdk/17", "felix.jar:1:2"));
    }
}
