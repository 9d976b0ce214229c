package beskid.backend.aot;

import beskid.abi.Abi;
import beskid.lowering.api.ArtifactKind;
import beskid.lowering.api.LoweredArtifact;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * The manifest of an AOT jar: what it was linked against (ABI version, imported symbols,
 * source hash, target) and, per kind, how it starts (exe) or resolves (bundle).
 */
final class ArtifactManifest {
    /** Main class of an executable: the runtime's shim, which runs main through the execution entry. */
    static final String EXE_MAIN = "beskid.runtime.standalone.ExeMain";

    private ArtifactManifest() {}

    static Manifest of(LoweredArtifact artifact, ArtifactKind kind, Target target) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (kind == ArtifactKind.EXE) {
            main.put(Attributes.Name.MAIN_CLASS, EXE_MAIN);
        }
        if (kind == ArtifactKind.BUNDLE) {
            main.putValue("Bundle-ManifestVersion", "2");
            main.putValue("Bundle-SymbolicName", "beskid.program." + moduleName(artifact));
            main.putValue("Bundle-Version", "1.0.0");
            main.putValue("Bundle-Name", "Beskid program " + artifact.sourceName());
            main.putValue(
                    "Import-Package",
                    "beskid.abi;version=\"[" + artifact.abiVersion() + "," + (artifact.abiVersion() + 1) + ")\"");
            main.putValue("Require-Capability", capabilityRequirement(artifact));
        }
        if (artifact.entry() != null) { // a library of tests has none
            main.putValue("Beskid-Entry-Class", artifact.entry().className());
            main.putValue("Beskid-Entry-Method", artifact.entry().methodName());
        }
        main.putValue("Beskid-Abi-Version", Integer.toString(artifact.abiVersion()));
        main.putValue("Beskid-Imports", String.join(",", artifact.importedSymbolNames()));
        main.putValue(
                "Beskid-Interop-Tags",
                artifact.interopTags().stream().map(String::valueOf).collect(Collectors.joining(",")));
        main.putValue("Beskid-Source", artifact.sourceName());
        main.putValue("Beskid-Source-Hash", artifact.sourceHash());
        main.putValue("Beskid-Target", target.id());
        return manifest;
    }

    /** The runtime capability with this ABI major and every imported symbol, so it resolves only where they all exist. */
    static String capabilityRequirement(LoweredArtifact artifact) {
        int n = artifact.abiVersion();
        StringBuilder filter = new StringBuilder("(&(version>=")
                .append(n)
                .append(".0.0)(!(version>=")
                .append(n + 1)
                .append(".0.0))");
        for (String symbol : artifact.importedSymbolNames()) {
            filter.append("(symbols=").append(symbol).append(')');
        }
        filter.append(')');
        return Abi.CAPABILITY_NAMESPACE + ";filter:=\"" + filter + "\"";
    }

    private static String moduleName(LoweredArtifact artifact) {
        return artifact.sourceName().replaceFirst("\\.bd$", "").replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
