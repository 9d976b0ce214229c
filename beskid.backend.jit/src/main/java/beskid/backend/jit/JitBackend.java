package beskid.backend.jit;

import beskid.abi.ExecutionEntry;
import beskid.abi.RunOutcome;
import beskid.lowering.api.BackendUnavailableException;
import beskid.lowering.api.EntryPoint;
import beskid.lowering.api.ImportCheck;
import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.LoweringService;
import beskid.lowering.api.RunBackend;
import beskid.lowering.api.RunRequest;
import beskid.lowering.api.RunResult;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
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
 * through the runtime's {@link ExecutionEntry}. It owns no I/O and no exit policy.
 */
@Component(service = RunBackend.class, property = RunBackend.BACKEND_PROPERTY + "=" + JitBackend.NAME)
public final class JitBackend implements RunBackend {
    /** The backend's name. */
    public static final String NAME = "jit";

    // Dynamic: lowering can be updated or restarted while this backend stays up.
    @Reference(policy = ReferencePolicy.DYNAMIC, cardinality = ReferenceCardinality.OPTIONAL,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile LoweringService lowering;

    @Reference
    private ExecutionEntry runtime;

    /** For DS. */
    public JitBackend() {
    }

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
        LoweringService service = lowering;
        if (service == null) {
            throw new BackendUnavailableException("the lowering service is not available (stopped or being updated)");
        }
        LoweringResult lowered = service.lower(request.source());
        if (!lowered.ok()) {
            return new RunResult(lowered.diagnostics(), null, new TreeSet<>());
        }
        LoweredArtifact artifact = lowered.artifact();
        if (artifact.entry() == null) {
            return new RunResult(List.of(ImportCheck.noMain(request.source().path())), null, new TreeSet<>());
        }
        List<String> problems = ImportCheck.problems(artifact);
        if (!problems.isEmpty()) {
            return new RunResult(problems.stream().map(p -> ImportCheck.linkError(request.source().path(), p)).toList(), null,
                    new TreeSet<>());
        }
        MethodHandle main = defineAndFind(artifact);
        RunOutcome outcome = runtime.execute(main, request.context());
        return new RunResult(List.of(), outcome, new TreeSet<>(artifact.imports()));
    }

    private static MethodHandle defineAndFind(LoweredArtifact artifact) {
        EntryPoint entry = artifact.entry();
        ProgramClassLoader loader = new ProgramClassLoader(artifact.classes(), JitBackend.class.getClassLoader());
        try {
            // Not initialised here: static initialisers must run on the run's own thread.
            Class<?> owner = Class.forName(entry.className(), false, loader);
            Method method = owner.getDeclaredMethod(entry.methodName());
            method.setAccessible(true);
            return MethodHandles.lookup().unreflect(method);
        } catch (ReflectiveOperationException | LinkageError e) {
            // Lowering produced an artifact the JVM refuses: a toolchain bug, reported as such.
            throw new IllegalStateException("cannot define lowered entry " + entry + ": " + e, e);
        }
    }
}
