package beskid.runtime.abi;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.abi.Abi;
import beskid.abi.RuntimeSymbol;
import beskid.runtime.testing.OsgiHeader;
import beskid.runtime.testing.OsgiHeader.Clause;
import beskid.runtime.testing.Workspace;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The runtime jar's manifest as bnd built it says what cnf/abi.bnd and the enum say: it exports
 * only {@code beskid.abi}, at the ABI version, without importing it back, and provides
 * {@code beskid.runtime.abi} with that version and every symbol name. Runs after {@code package}.
 */
class AbiManifestIT {
    private static Attributes manifest;

    @BeforeAll
    static void readManifest() throws IOException {
        String jar = System.getProperty("beskid.runtime.jar");
        assertThat(jar)
                .as("system property beskid.runtime.jar (set by the pom)")
                .isNotNull();
        try (JarFile file = new JarFile(jar)) {
            manifest = file.getManifest().getMainAttributes();
        }
    }

    @Test
    void testExportPackage_onlyBeskidAbiAtTheAbiVersion() {
        List<Clause> exports = OsgiHeader.parse(manifest.getValue("Export-Package"));
        assertThat(exports).hasSize(1);
        Clause abi = exports.get(0);
        assertThat(abi.paths()).containsExactly("beskid.abi");
        assertThat(abi.attributes().get("version")).isEqualTo(Workspace.abiBnd("beskid.abi.version"));
        assertThat(abi.attributes().get("version")).startsWith(Abi.BESKID_RUNTIME_ABI_VERSION + ".");
    }

    @Test
    void testImportPackage_doesNotImportTheAbiBack() {
        assertThat(OsgiHeader.parse(manifest.getValue("Import-Package")))
                .noneMatch(c -> c.paths().stream().anyMatch(p -> p.startsWith("beskid.")));
    }

    @Test
    void testProvideCapability_versionAndEverySymbol() {
        List<Clause> abi = OsgiHeader.clausesFor(manifest.getValue("Provide-Capability"), Abi.CAPABILITY_NAMESPACE);
        assertThat(abi).hasSize(1);
        Clause capability = abi.get(0);
        assertThat(capability.type("version")).isEqualTo("Version");
        assertThat(capability.attributes().get("version")).isEqualTo(Workspace.abiBnd("beskid.abi.version"));
        assertThat(capability.type("symbols")).isEqualTo("List<String>");
        assertThat(capability.list("symbols"))
                .containsExactlyElementsOf(
                        Arrays.stream(RuntimeSymbol.values()).map(Enum::name).toList());
    }

    @Test
    void testRequireCapability_noAbiOfItsOwn() {
        assertThat(OsgiHeader.clausesFor(manifest.getValue("Require-Capability"), Abi.CAPABILITY_NAMESPACE))
                .isEmpty();
    }
}
