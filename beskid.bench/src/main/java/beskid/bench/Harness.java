package beskid.bench;

import beskid.abi.ExecutionEntry;
import beskid.abi.RunContext;
import beskid.backend.jit.JitBackend;
import beskid.lowering.api.LoweringService;
import beskid.lowering.api.RunRequest;
import beskid.lowering.api.RunResult;
import beskid.lowering.api.SourceUnit;
import beskid.runtime.standalone.StandaloneRuntime;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.util.List;
import java.util.Locale;

/** The toolchain wired outside a container, plus the measuring helpers the benchmarks share. */
final class Harness {
    static final ExecutionEntry RUNTIME = StandaloneRuntime.start();

    private Harness() {}

    static LoweringService lowering() {
        return LoweringService.standalone();
    }

    static JitBackend jit(LoweringService lowering) {
        return new JitBackend(lowering, RUNTIME);
    }

    /** A run context that discards output and reads an empty input. */
    static RunContext quiet() {
        return RunContext.of(
                OutputStream.nullOutputStream(),
                OutputStream.nullOutputStream(),
                new ByteArrayInputStream(new byte[0]),
                List.of());
    }

    static RunResult run(JitBackend jit, SourceUnit source) {
        RunResult result = jit.run(new RunRequest(source, quiet()));
        if (!result.diagnostics().isEmpty()) {
            throw new IllegalStateException(result.diagnostics().get(0).header());
        }
        return result;
    }

    static long metaspaceBytes() {
        return pool("Metaspace");
    }

    private static long pool(String name) {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getName().equals(name)) {
                return p.getUsage().getUsed();
            }
        }
        return -1;
    }

    static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == java.lang.management.MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
