package beskid.backend.aot;

import beskid.abi.ExecutionEntry;
import beskid.lowering.api.ArtifactKind;
import beskid.lowering.api.BuildBackend;
import beskid.lowering.api.BuildRequest;
import beskid.lowering.api.BuildResult;
import beskid.lowering.api.BuiltArtifact;
import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.LoweringService;
import beskid.lowering.api.RunBackend;
import beskid.lowering.api.RunRequest;
import beskid.lowering.api.RunResult;
import beskid.lowering.api.SourceSet;
import beskid.lowering.api.TestReport;
import beskid.lowering.api.TestRequest;
import beskid.lowering.backend.ArtifactClassLoader;
import beskid.lowering.backend.ImportCheck;
import beskid.lowering.backend.TestRunner;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Manifest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The AOT backend: lowers through the shared {@link LoweringService}, links the artifact's
 * imports against the symbol table of the targeted ABI, and packages the same classes for a
 * class-file target. It returns bytes; the caller writes them. As a run backend it runs the
 * built library jar in this container, linked to the installed runtime.
 */
@Component(
        service = {BuildBackend.class, RunBackend.class},
        property = RunBackend.BACKEND_PROPERTY + "=" + AotBackend.NAME)
public final class AotBackend implements BuildBackend, RunBackend {
    /** The backend's name. */
    public static final String NAME = "aot";

    // Dynamic: lowering can be updated or restarted while this backend stays up.
    @Reference(
            policy = ReferencePolicy.DYNAMIC,
            cardinality = ReferenceCardinality.OPTIONAL,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile LoweringService lowering;

    @Reference
    private ExecutionEntry runtime;

    private final RuntimeImage runtimeImage;

    /** For DS: the runtime image comes from the installed runtime bundle. */
    public AotBackend() {
        this.runtimeImage = new BundleRuntimeImage();
    }

    /**
     * Wired by hand, outside a container (conformance tests, benchmarks).
     *
     * @param runtimeImage the runtime class files an executable embeds
     */
    public AotBackend(LoweringService lowering, ExecutionEntry runtime, RuntimeImage runtimeImage) {
        this.lowering = lowering;
        this.runtime = runtime;
        this.runtimeImage = runtimeImage;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> targets() {
        return Target.ids();
    }

    @Override
    public BuildResult build(BuildRequest request) {
        Target target = Target.byId(request.target());
        if (target == null) {
            throw new IllegalArgumentException(
                    "unknown target " + request.target() + "; valid: " + String.join(", ", targets()));
        }
        ImportCheck.Checked linked = link(request.sources(), true);
        if (!linked.diagnostics().isEmpty()) {
            return new BuildResult(linked.diagnostics(), null);
        }
        LoweredArtifact artifact = linked.artifact();
        return new BuildResult(
                List.of(),
                new BuiltArtifact(
                        request.kind(), target.id(), files(artifact, request.kind(), target), artifact.imports()));
    }

    /**
     * Runs the program in this container from a library jar built for the default target and
     * read back: the artifact as a user would install it, linked to the installed runtime.
     */
    @Override
    public RunResult run(RunRequest request) {
        ImportCheck.Checked linked = link(request.sources(), true);
        if (!linked.diagnostics().isEmpty()) {
            return new RunResult(linked.diagnostics(), null, new TreeSet<>());
        }
        LoweredArtifact artifact = linked.artifact();
        try {
            MethodHandle main = artifact.entry().resolve(loader(artifact));
            return new RunResult(
                    List.of(), runtime.execute(main, request.context()), new TreeSet<>(artifact.imports()));
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("cannot load the built entry " + artifact.entry() + ": " + e, e);
        }
    }

    @Override
    public TestReport runTests(TestRequest request) {
        ImportCheck.Checked linked = link(request.sources(), false);
        if (!linked.diagnostics().isEmpty()) {
            return new TestReport(linked.diagnostics(), List.of());
        }
        LoweredArtifact artifact = linked.artifact();
        return new TestReport(
                List.of(), TestRunner.run(artifact, loader(artifact), runtime, request.context(), request.filter()));
    }

    private ClassLoader loader(LoweredArtifact artifact) {
        byte[] jar = files(artifact, ArtifactKind.JAR, Target.JVM17)
                .values()
                .iterator()
                .next();
        return new ArtifactClassLoader(JarClasses.of(jar), AotBackend.class.getClassLoader());
    }

    /** The link step: the same import check the JIT's binding makes, against the same table. */
    private ImportCheck.Checked link(SourceSet source, boolean needsMain) {
        return ImportCheck.lowerAndCheck(lowering, source, needsMain);
    }

    private SortedMap<String, byte[]> files(LoweredArtifact artifact, ArtifactKind kind, Target target) {
        SortedMap<String, byte[]> entries = new TreeMap<>();
        SortedMap<String, byte[]> runtimeClasses = kind == ArtifactKind.EXE ? runtimeImage.classFiles() : null;
        // An exe embeds its runtime, so its call sites can be bound at build time (StaticLinker).
        StaticLinker linker = runtimeClasses == null ? null : new StaticLinker(runtimeClasses);
        for (Map.Entry<String, byte[]> c : artifact.classes().entrySet()) {
            byte[] classFile = linker == null ? c.getValue() : linker.link(c.getValue());
            entries.put(c.getKey().replace('.', '/') + ".class", ClassFileRetarget.retarget(classFile, target));
        }
        if (kind == ArtifactKind.CLASSES) {
            return entries;
        }
        byte[] bound = null;
        if (runtimeClasses != null) {
            entries.putAll(runtimeClasses);
            if (artifact.entry() != null) {
                bound = BoundEntry.of(
                        artifact.entry(),
                        artifact.classes().get(artifact.entry().className()));
            }
        }
        Manifest manifest = ArtifactManifest.of(artifact, kind, target);
        if (bound != null) {
            entries.put(BoundEntry.CLASS_NAME.replace('.', '/') + ".class", ClassFileRetarget.retarget(bound, target));
        }
        String jarName = artifact.sourceName().replaceFirst("\\.bd$", "") + ".jar";
        SortedMap<String, byte[]> jar = new TreeMap<>();
        jar.put(
                jarName,
                DeterministicJar.write(
                        manifest,
                        entries,
                        kind == ArtifactKind.EXE
                                ? DeterministicJar.Contents.STORED
                                : DeterministicJar.Contents.DEFLATED));
        return jar;
    }
}
