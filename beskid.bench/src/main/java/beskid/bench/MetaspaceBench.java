package beskid.bench;

import beskid.backend.jit.JitBackend;
import beskid.lowering.api.SourceUnit;
import java.util.Locale;

/** Metaspace after many JIT runs in one JVM: each run's classes must be unloadable. */
public final class MetaspaceBench {
    private MetaspaceBench() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        JitBackend jit = Harness.jit(Harness.lowering());
        SourceUnit hello = SourceUnit.of(
                "hello.bd", "use Std.System.IO;\ni32 main() {\n    IO.Println(\"hi\");\n    return 0;\n}\n");
        for (int i = 0; i < 200; i++) {
            Harness.run(jit, hello);
        }
        System.gc();
        long before = Harness.metaspaceBytes();
        long t = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            Harness.run(jit, hello);
        }
        long nanos = System.nanoTime() - t;
        System.gc();
        Thread.sleep(200);
        System.gc();
        long after = Harness.metaspaceBytes();
        System.out.printf(
                Locale.ROOT,
                "metaspace: %s after warm-up, %s after %d more runs (%+.1f KB); %.2f ms per run (lower + define + run)%n",
                Harness.mb(before),
                Harness.mb(after),
                runs,
                (after - before) / 1024.0,
                nanos / 1e6 / runs);
    }
}
