package beskid.bench;

import beskid.abi.RunContext;
import beskid.abi.RunOutcome;
import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.backend.ArtifactClassLoader;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Warm execution speed of lowered code against its javac twin in one JVM ({@link Kernels}):
 * both run through the runtime's execution entry, each call on a fresh thread with the main
 * stack, as {@code beskid run} does. {@link BenchMain} prints beskid / java per kernel.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KernelBench {
    @Param({"recursion", "loops", "structs", "closures", "dispatch", "strings"})
    public String kernel;

    private MethodHandle beskid;
    private MethodHandle twin;
    private RunContext quiet;

    /** Lowers the kernel, loads its twin, and checks that both compute the same exit code. */
    @Setup
    public void setUp() throws ReflectiveOperationException {
        beskid = lowered(kernel, Kernels.BESKID.get(kernel));
        twin = MethodHandles.lookup().findStatic(Kernels.twin(kernel), "main", MethodType.methodType(int.class));
        quiet = Harness.quiet();
        RunOutcome b = Harness.RUNTIME.execute(beskid, quiet);
        RunOutcome j = Harness.RUNTIME.execute(twin, quiet);
        if (b.panicked() || b.exitCode() != j.exitCode()) {
            throw new IllegalStateException(kernel + ": beskid gives " + b + ", its twin " + j);
        }
    }

    @Benchmark
    public int beskid() {
        return Harness.RUNTIME.execute(beskid, quiet).exitCode();
    }

    @Benchmark
    public int java() {
        return Harness.RUNTIME.execute(twin, quiet).exitCode();
    }

    static MethodHandle lowered(String name, String source) throws ReflectiveOperationException {
        LoweringResult result = Harness.lowering().lower(SourceUnit.of(name + ".bd", source));
        if (!result.ok()) {
            throw new IllegalStateException(
                    name + ": " + result.diagnostics().get(0).header());
        }
        LoweredArtifact artifact = result.artifact();
        return artifact.entry()
                .resolve(new ArtifactClassLoader(artifact.classes(), KernelBench.class.getClassLoader()));
    }
}
