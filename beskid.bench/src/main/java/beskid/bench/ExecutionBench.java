package beskid.bench;

import beskid.abi.ExecutionEntry;
import beskid.abi.RunContext;
import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.backend.ArtifactClassLoader;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URI;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Warm execution speed of lowered code against its javac twin, in the same JVM: both run on a
 * fresh thread with the runtime's main stack, best of several rounds after warm-up.
 */
public final class ExecutionBench {
    private static final String[][] PROGRAMS = {
        {
            "fib",
            "i64 fib(i64 n) {\n    if n < 2 {\n        return n;\n    }\n    return fib(n - 1) + fib(n - 2);\n}\n"
                    + "i32 main() {\n    return fib(30);\n}\n",
            "public final class Twin {\n  static long fib(long n) { if (n < 2) { return n; } return fib(n - 1) + fib(n - 2); }\n"
                    + "  public static int main() { return (int) fib(30); }\n}\n"
        },
        {
            "loop",
            "i32 main() {\n    i64 mut acc = 0;\n    for i in range(0, 50000000) {\n        acc += i % 7;\n    }\n"
                    + "    return acc;\n}\n",
            "public final class Twin {\n  public static int main() { long acc = 0; for (int i = 0; i < 50000000; i++) { acc += i % 7; }"
                    + " return (int) acc; }\n}\n"
        },
    };

    private ExecutionBench() {}

    public static void main(String[] args) throws Throwable {
        for (String[] p : PROGRAMS) {
            MethodHandle beskid = lowered(p[0], p[1]);
            MethodHandle java = compiled(p[2]);
            long b = best(beskid);
            long j = best(java);
            System.out.printf(
                    Locale.ROOT,
                    "%-5s beskid %s, javac twin %s, ratio %.3f (target <= 1.05)%n",
                    p[0],
                    Harness.ms(b),
                    Harness.ms(j),
                    (double) b / j);
        }
    }

    private static long best(MethodHandle main) {
        ExecutionEntry runtime = Harness.RUNTIME;
        RunContext quiet = RunContext.of(
                OutputStream.nullOutputStream(),
                OutputStream.nullOutputStream(),
                new ByteArrayInputStream(new byte[0]),
                List.of());
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 15; i++) {
            long t = System.nanoTime();
            runtime.execute(main, quiet);
            best = Math.min(best, System.nanoTime() - t);
        }
        return best;
    }

    private static MethodHandle lowered(String name, String source) throws ReflectiveOperationException {
        LoweringResult result = Harness.lowering().lower(SourceUnit.of(name + ".bd", source));
        if (!result.ok()) {
            throw new IllegalStateException(result.diagnostics().get(0).header());
        }
        LoweredArtifact artifact = result.artifact();
        return artifact.entry()
                .resolve(new ArtifactClassLoader(artifact.classes(), ExecutionBench.class.getClassLoader()));
    }

    private static MethodHandle compiled(String source) throws Exception {
        Path out = Files.createTempDirectory("twin");
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Twin.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        if (!ToolProvider.getSystemJavaCompiler()
                .getTask(null, null, null, List.of("-d", out.toString()), null, List.of(file))
                .call()) {
            throw new IllegalStateException("javac failed");
        }
        Class<?> twin = new URLClassLoader(new java.net.URL[] {out.toUri().toURL()}).loadClass("Twin");
        return MethodHandles.publicLookup().findStatic(twin, "main", MethodType.methodType(int.class));
    }
}
