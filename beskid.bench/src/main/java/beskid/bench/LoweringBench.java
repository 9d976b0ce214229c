package beskid.bench;

import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.LoweringService;
import beskid.lowering.api.SourceUnit;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Lowering (check plus lower) of a generated program of N small functions (default 10,000) next
 * to javac on its Java twin, in one JVM. As JMH benchmarks: warm times ({@link BenchMain} prints
 * lowering / javac). As a main: cold and warm times, lines per second and peak heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"}) // see bench/run.sh lowering
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoweringBench {
    private static final int WARM_ROUNDS = 10;
    private static final int TIMED_ROUNDS = 5;
    private static final int LOWERINGS_PER_ROUND = 5;
    private static final int JAVACS_PER_ROUND = 2;

    @Param("10000")
    public int functions;

    private LoweringService lowering;
    private SourceUnit beskid;
    private String twin;
    private Path javacOut;

    /** Generates both programs; the lowering service is made once, as in a container. */
    @Setup
    public void setUp() {
        lowering = Harness.lowering();
        beskid = SourceUnit.of("Gen.bd", beskidProgram(functions));
        twin = javaTwin(functions);
        javacOut = classFolder();
        if (!lowering.lower(beskid).ok()) {
            throw new IllegalStateException("the generated program does not lower");
        }
    }

    @Benchmark
    public LoweringResult beskid() {
        return lowering.lower(beskid);
    }

    @Benchmark
    public long java() {
        return javac(twin, javacOut);
    }

    /** Cold and warm figures with peak heap, in a fresh JVM: {@code bench/run.sh lowering}. */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String beskid = beskidProgram(n);
        String java = javaTwin(n);
        long lines = beskid.lines().count();
        LoweringService lowering = Harness.lowering();
        SourceUnit source = SourceUnit.of("Gen.bd", beskid);

        Harness.resetPeaks();
        long t0 = System.nanoTime();
        LoweringResult cold = lowering.lower(source);
        long coldNanos = System.nanoTime() - t0;
        long coldPeak = Harness.peakHeapBytes();
        if (!cold.ok()) {
            throw new IllegalStateException(cold.diagnostics().get(0).header());
        }
        // Warm means compiled by C2, for both: a lowering reaches its steady speed only after
        // some 40 calls, javac after some 15, so the best of 12 calls right after the cold one
        // timed partly interpreted code. Both are warmed in turn, then timed in turn, so a drift
        // of the machine's speed affects both alike. The median includes the collector's pauses
        // (both allocate hundreds of MB per call); the best is the code's own speed.
        Path javacOut = classFolder();
        long javacCold = javac(java, javacOut);
        for (int round = 0; round < WARM_ROUNDS; round++) {
            for (int i = 0; i < LOWERINGS_PER_ROUND; i++) {
                lowering.lower(source);
            }
            for (int i = 0; i < JAVACS_PER_ROUND; i++) {
                javac(java, javacOut);
            }
        }
        long[] lowerings = new long[TIMED_ROUNDS * LOWERINGS_PER_ROUND];
        long[] javacs = new long[TIMED_ROUNDS * JAVACS_PER_ROUND];
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            for (int i = 0; i < LOWERINGS_PER_ROUND; i++) {
                long t = System.nanoTime();
                lowering.lower(source);
                lowerings[round * LOWERINGS_PER_ROUND + i] = System.nanoTime() - t;
            }
            for (int i = 0; i < JAVACS_PER_ROUND; i++) {
                javacs[round * JAVACS_PER_ROUND + i] = javac(java, javacOut);
            }
        }
        long warmNanos = median(lowerings);
        long javacWarm = median(javacs);
        System.out.printf(
                Locale.ROOT,
                "lowering %d functions (%d lines): cold %s (%.0f lines/s), warm %s (median; best %s; %.0f lines/s), peak heap %s%n",
                n,
                lines,
                Harness.ms(coldNanos),
                lines / (coldNanos / 1e9),
                Harness.ms(warmNanos),
                Harness.ms(min(lowerings)),
                lines / (warmNanos / 1e9),
                Harness.mb(coldPeak));
        System.out.printf(
                Locale.ROOT,
                "javac on the Java twin: cold %s, warm %s (median; best %s); lowering/javac warm = %.3f by median, %.3f by best (target < 0.1)%n",
                Harness.ms(javacCold),
                Harness.ms(javacWarm),
                Harness.ms(min(javacs)),
                (double) warmNanos / javacWarm,
                (double) min(lowerings) / min(javacs));
    }

    /** One folder for all of a run's javac output (each compile overwrites the last). */
    private static Path classFolder() {
        try {
            Path folder = Files.createTempDirectory("javac-bench");
            folder.toFile().deleteOnExit();
            folder.resolve("Gen.class").toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long min(long[] nanos) {
        return Arrays.stream(nanos).min().orElseThrow();
    }

    public static String beskidProgram(int n) {
        StringBuilder src = new StringBuilder();
        for (int i = 0; i < n; i++) {
            src.append("i64 f")
                    .append(i)
                    .append("(i64 x) {\n    i64 y = x * ")
                    .append(i % 7 + 1)
                    .append(" + ")
                    .append(i)
                    .append(";\n    if y > 100 {\n        return y - 1;\n    }\n    return y + ")
                    .append(i == 0 ? "0" : "f" + (i - 1) + "(0)")
                    .append(";\n}\n");
        }
        src.append("i32 main() {\n    return 0;\n}\n");
        return src.toString();
    }

    static String javaTwin(int n) {
        StringBuilder src = new StringBuilder("public final class Gen {\n");
        for (int i = 0; i < n; i++) {
            src.append("  static long f")
                    .append(i)
                    .append("(long x) {\n    long y = x * ")
                    .append(i % 7 + 1)
                    .append(" + ")
                    .append(i)
                    .append(";\n    if (y > 100) {\n      return y - 1;\n    }\n    return y + ")
                    .append(i == 0 ? "0" : "f" + (i - 1) + "(0)")
                    .append(";\n  }\n");
        }
        src.append("  public static void main(String[] a) { }\n}\n");
        return src.toString();
    }

    private static long javac(String source, Path out) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Gen.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        long t = System.nanoTime();
        Boolean ok = compiler.getTask(
                        null, null, null, List.of("-d", out.toString(), "-proc:none"), null, List.of(file))
                .call();
        long nanos = System.nanoTime() - t;
        if (!ok) {
            throw new IllegalStateException("javac failed on the twin");
        }
        return nanos;
    }
}
