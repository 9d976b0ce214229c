package beskid.backend.aot;

import beskid.lowering.api.ArtifactKind;
import beskid.lowering.api.BackendUnavailableException;
import beskid.lowering.api.BuildBackend;
import beskid.lowering.api.BuildRequest;
import beskid.lowering.api.BuildResult;
import beskid.lowering.api.BuiltArtifact;
import beskid.lowering.api.Diagnostic;
import beskid.lowering.api.ImportCheck;
import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.LoweringService;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.Manifest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The AOT backend: lowers through the shared {@link LoweringService}, links the artifact's
 * imports against the symbol table of the targeted ABI, and packages the same classes for a
 * class-file target. It returns bytes; the caller writes them.
 */
@Component(service = BuildBackend.class)
public final class AotBackend implements BuildBackend {
    // Dynamic: lowering can be updated or restarted while this backend stays up.
    @Reference(policy = ReferencePolicy.DYNAMIC, cardinality = ReferenceCardinality.OPTIONAL,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile LoweringService lowering;

    private final RuntimeImage runtimeImage;

    /** For DS: the runtime image comes from the installed runtime bundle. */
    public AotBackend() {
        this.runtimeImage = new BundleRuntimeImage();
    }

    /** Wired by hand, outside a container. */
    AotBackend(LoweringService lowering, RuntimeImage runtimeImage) {
        this.lowering = lowering;
        this.runtimeImage = runtimeImage;
    }

    @Override
    public List<String> targets() {
        return Target.ids();
    }

    @Override
    public BuildResult build(BuildRequest request) {
        Target target = Target.byId(request.target());
        if (target == null) {
            throw new IllegalArgumentException("unknown target " + request.target() + "; valid: " + String.join(", ", targets()));
        }
        LoweringService service = lowering;
        if (service == null) {
            throw new BackendUnavailableException("the lowering service is not available (stopped or being updated)");
        }
        String path = request.source().path();
        LoweringResult lowered = service.lower(request.source());
        if (!lowered.ok()) {
            return new BuildResult(lowered.diagnostics(), null);
        }
        LoweredArtifact artifact = lowered.artifact();
        if (artifact.entry() == null) {
            return new BuildResult(List.of(ImportCheck.noMain(path)), null);
        }
        List<Diagnostic> linkErrors = ImportCheck.problems(artifact).stream().map(p -> ImportCheck.linkError(path, p)).toList();
        if (!linkErrors.isEmpty()) {
            return new BuildResult(linkErrors, null);
        }
        return new BuildResult(List.of(), new BuiltArtifact(request.kind(), target.id(),
                files(artifact, request.kind(), target), artifact.imports()));
    }

    private SortedMap<String, byte[]> files(LoweredArtifact artifact, ArtifactKind kind, Target target) {
        SortedMap<String, byte[]> entries = new TreeMap<>();
        for (Map.Entry<String, byte[]> c : artifact.classes().entrySet()) {
            entries.put(c.getKey().replace('.', '/') + ".class", ClassFileRetarget.retarget(c.getValue(), target));
        }
        if (kind == ArtifactKind.CLASSES) {
            return entries;
        }
        if (kind == ArtifactKind.EXE) {
            entries.putAll(runtimeImage.classFiles());
        }
        Manifest manifest = ArtifactManifest.of(artifact, kind, target);
        String jarName = artifact.sourceName().replaceFirst("\\.bd$", "") + ".jar";
        SortedMap<String, byte[]> jar = new TreeMap<>();
        jar.put(jarName, DeterministicJar.write(manifest, entries));
        return jar;
    }
}
