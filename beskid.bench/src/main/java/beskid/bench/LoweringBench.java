package beskid.bench;

import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.LoweringService;
import beskid.lowering.api.SourceUnit;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Lowering throughput on a generated program of N small functions (default 10,000): cold and
 * warm times, lines per second and peak heap, next to javac on the Java twin (same JVM).
 */
public final class LoweringBench {
    private LoweringBench() {}

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
        long warmNanos = Long.MAX_VALUE;
        for (int i = 0; i < 12; i++) { // best of 12: the compiler's own code must be JIT-compiled first
            long t = System.nanoTime();
            lowering.lower(source);
            warmNanos = Math.min(warmNanos, System.nanoTime() - t);
        }
        long javacCold = javac(java);
        long javacWarm = Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            javacWarm = Math.min(javacWarm, javac(java));
        }
        System.out.printf(
                Locale.ROOT,
                "lowering %d functions (%d lines): cold %s (%.0f lines/s), warm %s (%.0f lines/s), peak heap %s%n",
                n,
                lines,
                Harness.ms(coldNanos),
                lines / (coldNanos / 1e9),
                Harness.ms(warmNanos),
                lines / (warmNanos / 1e9),
                Harness.mb(coldPeak));
        System.out.printf(
                Locale.ROOT,
                "javac on the Java twin: cold %s, warm %s; lowering/javac warm = %.3f (target < 0.1)%n",
                Harness.ms(javacCold),
                Harness.ms(javacWarm),
                (double) warmNanos / javacWarm);
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

    private static long javac(String source) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Gen.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        java.nio.file.Path out;
        try {
            out = java.nio.file.Files.createTempDirectory("javac-bench");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
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
