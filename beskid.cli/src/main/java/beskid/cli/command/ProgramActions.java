package beskid.cli.command;

import beskid.abi.Abi;
import beskid.abi.InteropTag;
import beskid.abi.RunContext;
import beskid.abi.RuntimeSymbol;
import beskid.lowering.api.ArtifactKind;
import beskid.lowering.api.BuildBackend;
import beskid.lowering.api.BuildRequest;
import beskid.lowering.api.BuildResult;
import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.RunBackend;
import beskid.lowering.api.RunRequest;
import beskid.lowering.api.RunResult;
import beskid.lowering.api.SourceSet;
import beskid.lowering.api.TestFilter;
import beskid.lowering.api.TestReport;
import beskid.lowering.api.TestRequest;
import beskid.lowering.api.TestResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the commands do, shared by the {@code beskid} command line and the Gogo shell: each
 * action talks to a {@link Console} and answers an exit code.
 */
public final class ProgramActions {
    /** The backends of the toolchain, whether or not they are running now. */
    private static final List<String> KNOWN_BACKENDS = List.of("jit", "aot");

    private final Toolchain toolchain;

    /** Actions over the given services. */
    public ProgramActions(Toolchain toolchain) {
        this.toolchain = toolchain;
    }

    /** Runs a program's main with a backend; the exit code is the program's. */
    public int run(Console console, String file, String backend, List<String> args) {
        requireKnownBackend(backend);
        SourceSet source = SourceFiles.program(file);
        if (backend.equals("aot")) {
            return runAot(console, source, args);
        }
        RunContext context = RunContext.of(console.out(), console.err(), console.in(), args);
        RunResult result = toolchain.runBackend(backend).run(new RunRequest(source, context));
        if (!result.diagnostics().isEmpty()) {
            return Diagnostics.report(console, result.diagnostics());
        }
        return result.outcome().exitCode();
    }

    private int runAot(Console console, SourceSet source, List<String> args) {
        BuildResult result =
                toolchain.buildBackend().build(new BuildRequest(source, ArtifactKind.EXE, defaultTarget()));
        if (!result.diagnostics().isEmpty()) {
            return Diagnostics.report(console, result.diagnostics());
        }
        try {
            Path jar = Files.createTempFile("beskid-", ".jar");
            try {
                Files.write(jar, result.artifact().jar());
                return ExeRunner.run(jar, args, console);
            } finally {
                Files.deleteIfExists(jar);
            }
        } catch (IOException e) {
            throw new UserError("cannot write the temporary executable: " + e.getMessage());
        }
    }

    /**
     * Runs the test blocks of a file or of every {@code .bd} file under a folder. Exit 0 when
     * nothing failed, 1 when a test failed, 2 when a file has compile errors.
     */
    public int test(Console console, String fileOrDir, String backend, TestFilter filter, String junitXml) {
        requireKnownBackend(backend);
        SortedMap<String, TestReport> reports = new TreeMap<>();
        boolean compileErrors = false;
        List<String> files = programs(SourceFiles.list(fileOrDir));
        RunBackend runner = toolchain.runBackend(backend);
        for (String file : files) {
            TestRequest request = new TestRequest(
                    SourceFiles.program(file),
                    RunContext.of(console.out(), console.err(), console.in(), List.of()),
                    filter);
            TestReport report = runner.runTests(request);
            if (!report.diagnostics().isEmpty()) {
                Diagnostics.report(console, report.diagnostics());
                compileErrors = true;
                continue;
            }
            if (files.size() > 1) {
                console.print(file + ":\n");
            }
            console.print(TestReportPrinter.lines(report));
            reports.put(file, report);
        }
        TestReport total = new TestReport(
                List.of(),
                reports.values().stream().flatMap(r -> r.results().stream()).toList());
        console.print(total.summary() + "\n");
        if (junitXml != null) {
            AtomicFiles.write(
                    Path.of(junitXml), JUnitXml.of(reports).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (compileErrors) {
            return ExitCodes.COMPILE_ERROR;
        }
        return total.count(TestResult.Status.FAIL) > 0 ? ExitCodes.TESTS_FAILED : ExitCodes.OK;
    }

    /**
     * The programs among the files of a folder: a file that another one loads as a module
     * ({@code pub mod util;}) is part of that program, not a program of its own.
     */
    private List<String> programs(List<String> files) {
        if (files.size() < 2) {
            return files;
        }
        Set<String> modules = new HashSet<>();
        for (String file : files) {
            List<String> loaded =
                    toolchain.lowering().check(SourceFiles.program(file)).files();
            for (String module : loaded.subList(Math.min(1, loaded.size()), loaded.size())) {
                modules.add(Path.of(module).toAbsolutePath().normalize().toString());
            }
        }
        return files.stream()
                .filter(f -> !modules.contains(
                        Path.of(f).toAbsolutePath().normalize().toString()))
                .toList();
    }

    /** Type-checks a program: the file and every module file it loads. */
    public int check(Console console, String file) {
        LoweringResult result = toolchain.lowering().check(SourceFiles.program(file));
        if (!result.ok()) {
            return Diagnostics.report(console, result.diagnostics());
        }
        console.print(file + ": ok\n");
        return ExitCodes.OK;
    }

    /**
     * Formats files and folders in place, or with {@code check} lists the files that would
     * change: exit 0, 1 when a file would change ({@code check}), 2 when one could not be
     * formatted (syntax errors, unreadable, unwritable).
     */
    public int fmt(Console console, List<String> targets, boolean check) {
        return new Formatting(toolchain.formatter(), console).run(targets, check);
    }

    /**
     * Serves the language server over the console's streams until the client exits: stdout then
     * carries only LSP messages, so anything else written to {@code System.out} meanwhile goes
     * to stderr. The exit code is LSP's: 0 after {@code shutdown} and {@code exit}, else 1.
     */
    public int lsp(Console console) {
        java.io.PrintStream stdout = System.out;
        System.setOut(System.err);
        try {
            return toolchain.languageServer().serve(console.in(), console.out());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.INTERNAL_ERROR;
        } finally {
            System.setOut(stdout);
        }
    }

    /** Prints the lowered artifact of a file. */
    public int lower(Console console, String file) {
        LoweringResult result = toolchain.lowering().lower(SourceFiles.program(file));
        if (!result.ok()) {
            return Diagnostics.report(console, result.diagnostics());
        }
        console.print(toolchain.lowering().dump(result.artifact()));
        return ExitCodes.OK;
    }

    /** Builds an artifact and writes it where asked (a file, or a folder for {@code classes}). */
    public int build(Console console, String file, String output, String kindName, String target) {
        ArtifactKind kind = ArtifactKind.parse(kindName);
        if (kind == null) {
            throw new UserError("unknown artifact kind `" + kindName + "`; use one of exe, jar, classes, bundle");
        }
        BuildBackend backend = toolchain.buildBackend();
        String chosenTarget = target != null ? target : backend.targets().get(0);
        if (!backend.targets().contains(chosenTarget)) {
            throw new UserError(
                    "unknown target `" + chosenTarget + "`; valid targets: " + String.join(", ", backend.targets()));
        }
        SourceSet source = SourceFiles.program(file);
        BuildResult result = backend.build(new BuildRequest(source, kind, chosenTarget));
        if (!result.diagnostics().isEmpty()) {
            return Diagnostics.report(console, result.diagnostics());
        }
        Path out = Path.of(output != null ? output : defaultOutput(source, kind));
        ArtifactWriter.write(result.artifact(), out, List.of(Path.of(file)));
        console.print("built " + out + " (" + kind.name().toLowerCase() + ", " + chosenTarget + ")\n");
        return ExitCodes.OK;
    }

    /**
     * A backend name that is neither one the toolchain defines nor one running now is a bad
     * command line (exit 2); a known backend that is not running is the toolchain's failure.
     */
    private void requireKnownBackend(String backend) {
        if (!KNOWN_BACKENDS.contains(backend) && !toolchain.runBackends().containsKey(backend)) {
            throw new UserError("unknown backend `" + backend + "`; use jit or aot");
        }
    }

    private String defaultTarget() {
        return toolchain.buildBackend().targets().get(0);
    }

    private static String defaultOutput(SourceSet source, ArtifactKind kind) {
        String name = source.entry().fileName().replaceFirst("\\.bd$", "");
        return kind == ArtifactKind.CLASSES ? name + "-classes" : name + ".jar";
    }

    /** The ABI version, the symbol table and the interop tags, as text. */
    public static String abiTable() {
        StringBuilder out = new StringBuilder();
        out.append("Beskid runtime ABI ").append(Abi.BESKID_RUNTIME_ABI_VERSION).append('\n');
        out.append("symbols (").append(Abi.RUNTIME_EXPORT_SYMBOLS.size()).append("):\n");
        for (RuntimeSymbol s : Abi.RUNTIME_EXPORT_SYMBOLS) {
            out.append(String.format("  %-28s %s%n", s.name(), s.signature()));
        }
        out.append("interop tags (").append(Abi.INTEROP_TAGS.size()).append("):\n");
        for (InteropTag t : Abi.INTEROP_TAGS) {
            out.append(String.format(
                    "  %3d  %-32s %-6s -> %s%n",
                    t.id(), t.function(), t.group(), t.group().dispatchSymbol()));
        }
        return out.toString();
    }

    /** The run backends and whether the build backend is there, as text. */
    public String backends() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, ?> e : toolchain.runBackends().entrySet()) {
            out.append("run   ").append(e.getKey()).append('\n');
        }
        if (toolchain.hasBuildBackend()) {
            out.append("build aot ")
                    .append(String.join(",", toolchain.buildBackend().targets()))
                    .append('\n');
        }
        return out.length() == 0 ? "no backends running\n" : out.toString();
    }
}
