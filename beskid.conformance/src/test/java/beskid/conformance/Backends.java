package beskid.conformance;

import beskid.abi.RunContext;
import beskid.lowering.api.ArtifactKind;
import beskid.lowering.api.BuildRequest;
import beskid.lowering.api.BuildResult;
import beskid.lowering.api.RunBackend;
import beskid.lowering.api.RunRequest;
import beskid.lowering.api.RunResult;
import beskid.lowering.api.SourceSet;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.api.SymbolImport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/** Runs a program the three ways the boundary promises behave the same. */
final class Backends {
    private Backends() {}

    /** In this JVM through a run backend (JIT, or AOT running its built jar). */
    static Observed inProcess(RunBackend backend, SourceUnit source) {
        return inProcess(backend, SourceSet.of(source));
    }

    /** The same for a program of several files. */
    static Observed inProcess(RunBackend backend, SourceSet source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunResult result = backend.run(
                new RunRequest(source, RunContext.of(out, err, new ByteArrayInputStream(new byte[0]), List.of())));
        if (!result.diagnostics().isEmpty()) {
            throw new AssertionError(backend.name() + " refused "
                    + source.entry().path() + ": " + result.diagnostics().get(0).header());
        }
        return new Observed(
                out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8),
                result.outcome().exitCode(),
                names(result.boundSymbols()));
    }

    /** An AOT executable jar run by a real {@code java -jar} child process. */
    static Observed executable(SourceUnit source, Path workDir) throws IOException, InterruptedException {
        return executable(SourceSet.of(source), workDir);
    }

    /** The same for a program of several files. */
    static Observed executable(SourceSet program, Path workDir) throws IOException, InterruptedException {
        SourceUnit source = program.entry();
        BuildResult built = Toolchain.AOT.build(new BuildRequest(program, ArtifactKind.EXE, "jvm17"));
        if (!built.diagnostics().isEmpty()) {
            throw new AssertionError("aot build refused " + source.path() + ": "
                    + built.diagnostics().get(0).header());
        }
        Path jar = workDir.resolve(source.fileName() + ".jar");
        Files.write(jar, built.artifact().jar());
        Path out = workDir.resolve(source.fileName() + ".out");
        Path err = workDir.resolve(source.fileName() + ".err");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(source.path() + ": java -jar timed out");
        }
        return new Observed(
                Files.readString(out),
                Files.readString(err),
                p.exitValue(),
                names(built.artifact().linkedSymbols()));
    }

    static SortedSet<String> names(SortedSet<SymbolImport> imports) {
        SortedSet<String> names = new TreeSet<>();
        imports.forEach(i -> names.add(i.symbol() + i.signature()));
        return names;
    }
}
