package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.abi.ExecutionEntry;
import beskid.abi.RunContext;
import beskid.abi.RunOutcome;
import beskid.lowering.api.Diagnostic;
import beskid.lowering.api.EntryPoint;
import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.SourceLoader;
import beskid.lowering.api.SourceSet;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.service.LoweringComponent;
import beskid.runtime.standalone.StandaloneRuntime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

/** Lowers programs with the real service and runs them on the standalone runtime. */
public final class Programs {
    /** One component for all tests: the checked Std modules are cached in it. */
    public static final LoweringComponent LOWERING = new LoweringComponent();

    private static ExecutionEntry entry;

    private Programs() {}

    /** The outcome of a run with its captured streams. */
    public record Run(int exit, String out, String err, RunOutcome outcome) {}

    public static synchronized ExecutionEntry runtime() {
        if (entry == null) {
            entry = StandaloneRuntime.start();
        }
        return entry;
    }

    /** The diagnostics of a source, rendered one header per line. */
    public static List<String> errors(String source) {
        return errors("test.bd", source);
    }

    public static List<String> errors(String file, String source) {
        LoweringResult r = LOWERING.check(SourceUnit.of(file, source));
        return r.diagnostics().stream().map(Diagnostic::header).collect(Collectors.toList());
    }

    /**
     * The program whose entry is {@code file}, shown by its file name, with its module files
     * read from the file's folder (shown relative to it), as the command line loads it.
     */
    public static SourceSet program(Path file) {
        try {
            return new SourceSet(
                    new SourceUnit(file.getFileName().toString(), Files.readAllBytes(file)),
                    SourceLoader.folder(file.getParent(), ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lowers a source that must be free of errors, verifying every class it produces. */
    public static LoweredArtifact lower(String file, String source) {
        return lower(SourceSet.of(SourceUnit.of(file, source)));
    }

    /** Lowers a program that must be free of errors, verifying every class it produces. */
    public static LoweredArtifact lower(SourceSet program) {
        LoweringResult r = LOWERING.lower(program);
        assertThat(r.diagnostics().stream().map(Diagnostic::header))
                .as("diagnostics")
                .isEmpty();
        verify(r.artifact());
        return r.artifact();
    }

    /** Runs every generated class through ASM's CheckClassAdapter (bytecode and frames). */
    public static void verify(LoweredArtifact a) {
        ArtifactClassLoader loader = new ArtifactClassLoader(a);
        for (Map.Entry<String, byte[]> c : a.classes().entrySet()) {
            StringWriter problems = new StringWriter();
            CheckClassAdapter.verify(new ClassReader(c.getValue()), loader, false, new PrintWriter(problems));
            assertThat(problems.toString()).as("verification of " + c.getKey()).isEmpty();
        }
    }

    public static Run run(String source) {
        return run("test.bd", source, "", List.of());
    }

    public static Run run(String file, String source) {
        return run(file, source, "", List.of());
    }

    /** Lowers and runs the main of a program of several files. */
    public static Run run(SourceSet program) {
        LoweredArtifact a = lower(program);
        return execute(a, a.entry(), "", List.of());
    }

    /** Lowers and runs main with the given stdin and arguments. */
    public static Run run(String file, String source, String stdin, List<String> args) {
        LoweredArtifact a = lower(file, source);
        return execute(a, a.entry(), stdin, args);
    }

    /** Evaluates a test's skip condition (a static ()Z method) directly. */
    public static boolean condition(LoweredArtifact a, EntryPoint e) {
        try {
            Class<?> cls = Class.forName(e.className(), true, new ArtifactClassLoader(a));
            return (boolean) cls.getMethod(e.methodName()).invoke(null);
        } catch (ReflectiveOperationException ex) {
            throw new AssertionError(ex);
        }
    }

    public static Run execute(LoweredArtifact a, EntryPoint e, String stdin, List<String> args) {
        try {
            Class<?> cls = Class.forName(e.className(), true, new ArtifactClassLoader(a));
            MethodType type = MethodType.fromMethodDescriptorString(e.descriptor(), cls.getClassLoader());
            MethodHandle main = MethodHandles.publicLookup().findStatic(cls, e.methodName(), type);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            RunOutcome o = runtime()
                    .execute(
                            main,
                            RunContext.of(
                                    out, err, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args));
            return new Run(o.exitCode(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), o);
        } catch (ReflectiveOperationException ex) {
            throw new AssertionError(ex);
        }
    }
}
