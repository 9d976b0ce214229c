package beskid.backend.jit;

import beskid.abi.ExecutionEntry;
import beskid.abi.RunOutcome;
import beskid.lowering.api.Diagnostic;
import beskid.lowering.api.EntryPoint;
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
import java.util.TreeSet;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The JIT backend: lowers through the shared {@link LoweringService}, binds the artifact's
 * imports against the runtime's symbol table, defines the classes in memory and runs main
 * (or the tests) through the runtime's {@link ExecutionEntry}. It owns no I/O and no exit policy.
 */
@Component(service = RunBackend.class, property = RunBackend.BACKEND_PROPERTY + "=" + JitBackend.NAME)
public final class JitBackend implements RunBackend {
    /** The backend's name. */
    public static final String NAME = "jit";

    // Dynamic: lowering can be updated or restarted while this backend stays up.
    @Reference(
            policy = ReferencePolicy.DYNAMIC,
            cardinality = ReferenceCardinality.OPTIONAL,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile LoweringService lowering;

    @Reference
    private ExecutionEntry runtime;

    /** For DS. */
    public JitBackend() {}

    /** Wired by hand, outside a container. */
    public JitBackend(LoweringService lowering, ExecutionEntry runtime) {
        this.lowering = lowering;
        this.runtime = runtime;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RunResult run(RunRequest request) {
        Prepared prepared = prepare(request.sources(), true);
        if (!prepared.diagnostics().isEmpty()) {
            return new RunResult(prepared.diagnostics(), null, new TreeSet<>());
        }
        RunOutcome outcome = runtime.execute(entry(prepared.artifact().entry(), prepared.loader()), request.context());
        return new RunResult(
                List.of(), outcome, new TreeSet<>(prepared.artifact().imports()));
    }

    @Override
    public TestReport runTests(TestRequest request) {
        Prepared prepared = prepare(request.sources(), false);
        if (!prepared.diagnostics().isEmpty()) {
            return new TestReport(prepared.diagnostics(), List.of());
        }
        return new TestReport(
                List.of(),
                TestRunner.run(prepared.artifact(), prepared.loader(), runtime, request.context(), request.filter()));
    }

    /** Lowered, bound and defined code, or the diagnostics that stop it. */
    private record Prepared(List<Diagnostic> diagnostics, LoweredArtifact artifact, ClassLoader loader) {}

    private Prepared prepare(SourceSet source, boolean needsMain) {
        ImportCheck.Checked checked = ImportCheck.lowerAndCheck(lowering, source, needsMain);
        if (!checked.diagnostics().isEmpty()) {
            return new Prepared(checked.diagnostics(), null, null);
        }
        LoweredArtifact artifact = checked.artifact();
        return new Prepared(
                List.of(), artifact, new ArtifactClassLoader(artifact.classes(), JitBackend.class.getClassLoader()));
    }

    private static MethodHandle entry(EntryPoint entry, ClassLoader loader) {
        try {
            return entry.resolve(loader);
        } catch (ReflectiveOperationException | LinkageError e) {
            // Lowering produced an artifact the JVM refuses: a toolchain bug, reported as such.
            throw new IllegalStateException("cannot define lowered entry " + entry + ": " + e, e);
        }
    }
}
