package beskid.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.backend.aot.AotBackend;
import beskid.backend.jit.JitBackend;
import beskid.lowering.api.BuildBackend;
import beskid.lowering.api.LoweringService;
import beskid.lowering.api.RunBackend;
import beskid.lowering.api.RunRequest;
import beskid.lowering.api.RunResult;
import beskid.lowering.api.TestReport;
import beskid.lowering.api.TestRequest;
import beskid.lowering.service.LoweringComponent;
import beskid.runtime.standalone.StandaloneRuntime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code beskid} command line in-process, over hand-wired services: what each command
 * prints and the exit code it maps each outcome to (the program's code, 0, 1 failed tests,
 * 2 usage or compile errors, 3 toolchain failures).
 */
class BeskidCommandLineTest {
    private static final LoweringService LOWERING = new LoweringComponent();
    private static final JitBackend JIT = new JitBackend(LOWERING, StandaloneRuntime.start());
    private static final AotBackend AOT = new AotBackend(LOWERING, StandaloneRuntime.start(), TreeMap::new);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Supplier<LoweringService> lowering = () -> LOWERING;
    private Supplier<SortedMap<String, RunBackend>> runBackends = () -> new TreeMap<>(java.util.Map.of("jit", JIT));
    private Supplier<BuildBackend> buildBackend = () -> AOT;

    private int beskid(String... args) {
        Console console = new Console(out, err, new ByteArrayInputStream("line\n".getBytes(StandardCharsets.UTF_8)));
        return BeskidCommandLine.execute(
                new ProgramActions(new Toolchain(lowering, runBackends, buildBackend)), console, args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String file(String name, String source) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, source);
        return path.toString();
    }

    @Test
    void testNoArguments_printUsageAndExit2() {
        assertThat(beskid()).isEqualTo(2);
        assertThat(out())
                .startsWith("Usage: beskid")
                .contains("run")
                .contains("check")
                .contains("test");
    }

    @Test
    void testHelp_listsEveryCommandInOrder() {
        // Only the command a line names is built; help and typos still see all of them.
        assertThat(beskid("--help")).isEqualTo(0);
        assertThat(out())
                .containsSubsequence(
                        "  run ",
                        "  check ",
                        "  lower ",
                        "  build ",
                        "  test ",
                        "  fmt ",
                        "  abi ",
                        "  lsp ",
                        "  shell ");
        assertThat(beskid("rnu", "x.bd")).isEqualTo(2);
        assertThat(err()).contains("Unmatched argument").contains("  run ").contains("  shell ");
    }

    @Test
    void testCommandHelp_isTheCommandsOwn() {
        assertThat(beskid("build", "--help")).isEqualTo(0);
        assertThat(out()).startsWith("Usage: beskid build").contains("--kind").doesNotContain("  check ");
    }

    @Test
    void testUnknownOptionOrCommand_exit2() {
        assertThat(beskid("run", "--nope", "x.bd")).isEqualTo(2);
        assertThat(err()).contains("Unknown option: '--nope'");
        assertThat(beskid("frobnicate")).isEqualTo(2);
    }

    @Test
    void testRun_exitsWithTheProgramsCodeAndPassesArguments() throws IOException {
        String prog = file("p.bd", """
                use Std.System.IO;
                use Std.System.Process;
                i32 main() {
                    IO.Println("${Process.ArgCount()} ${Process.Arg(1)} ${IO.ReadLine()}");
                    return 7;
                }
                """);
        assertThat(beskid("run", prog, "a", "b")).isEqualTo(7);
        assertThat(out()).isEqualTo("2 b line\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void testRun_compileErrorsAreRenderedAndExit2() throws IOException {
        String prog = file("bad.bd", "i32 main() {\n    return nope;\n}\n");
        assertThat(beskid("run", prog)).isEqualTo(2);
        assertThat(err())
                .isEqualTo(prog + ":2:12: error[E0201]: undefined name `nope`\n"
                        + "        return nope;\n"
                        + "               ^\n"
                        + "1 error\n");
        assertThat(out()).isEmpty();
    }

    @Test
    void testRun_errorsAreCountedInThePlural() throws IOException {
        String prog = file("bad2.bd", "i32 main() {\n    i32 a = x;\n    return y;\n}\n");
        assertThat(beskid("run", prog)).isEqualTo(2);
        assertThat(err()).endsWith("\n2 errors\n");
    }

    @Test
    void testRun_aMissingFileIsAUserError() {
        String missing = dir.resolve("missing.bd").toString();
        assertThat(beskid("run", missing)).isEqualTo(2);
        assertThat(err()).isEqualTo("beskid: cannot read " + missing + ": no such file or directory\n");
    }

    @Test
    void testRun_aFolderIsAUserError() {
        assertThat(beskid("check", dir.toString())).isEqualTo(2);
        assertThat(err()).isEqualTo("beskid: " + dir + " is a directory, not a .bd file\n");
    }

    @Test
    void testRun_anUnknownBackendNameIsABadCommandLine() throws IOException {
        String prog = file("p.bd", "i32 main() { return 0; }\n");
        assertThat(beskid("run", "--backend", "nope", prog)).isEqualTo(2);
        assertThat(err()).isEqualTo("beskid: unknown backend `nope`; use jit or aot\n");
    }

    @Test
    void testRun_noBackendRunningAtAll() throws IOException {
        runBackends = TreeMap::new;
        String prog = file("p.bd", "i32 main() { return 0; }\n");
        assertThat(beskid("run", prog)).isEqualTo(3);
        assertThat(err()).isEqualTo("beskid: no backend available: `jit` is not running\n");
    }

    @Test
    void testRun_aToolchainFailureIsOneLineAndExit3() throws IOException {
        runBackends = () -> new TreeMap<>(java.util.Map.of("jit", new RunBackend() {
            @Override
            public String name() {
                return "jit";
            }

            @Override
            public RunResult run(RunRequest request) {
                throw new IllegalStateException("boom");
            }

            @Override
            public TestReport runTests(TestRequest request) {
                throw new IllegalStateException("boom");
            }
        }));
        String prog = file("p.bd", "i32 main() { return 0; }\n");
        assertThat(beskid("run", prog)).isEqualTo(3);
        assertThat(err()).isEqualTo("beskid: internal error: java.lang.IllegalStateException: boom\n");
    }

    @Test
    void testCheck_okAndWithoutLowering() throws IOException {
        String prog = file("ok.bd", "i32 main() { return 0; }\n");
        assertThat(beskid("check", prog)).isZero();
        assertThat(out()).isEqualTo(prog + ": ok\n");
        lowering = () -> null;
        assertThat(beskid("check", prog)).isEqualTo(3);
        assertThat(err()).isEqualTo("beskid: no backend available: the lowering service is not available\n");
    }

    @Test
    void testCheck_compileErrorsExit2() throws IOException {
        String prog = file("bad.bd", "i32 main() { return \"s\"; }\n");
        assertThat(beskid("check", prog)).isEqualTo(2);
        assertThat(err()).startsWith(prog + ":1:21: error[E0301]: type mismatch: expected i32, found string\n");
    }

    @Test
    void testLower_printsTheArtifactOrTheErrors() throws IOException {
        String prog = file("ok.bd", "i32 main() { return 0; }\n");
        assertThat(beskid("lower", prog)).isZero();
        assertThat(out())
                .isEqualTo(LOWERING.dump(LOWERING.lower(SourceFiles.read(prog)).artifact()));
        String bad = file("bad.bd", "i32 main() { return x; }\n");
        assertThat(beskid("lower", bad)).isEqualTo(2);
        assertThat(err()).endsWith("1 error\n");
    }

    @Test
    void testTest_exitCodeFollowsTheWorstFile() throws IOException {
        String passing = file("suite/a.bd", "test A { return; }\n");
        file("suite/b.bd", "test B { __panic_str(\"no\"); }\ntest C { return; }\n");
        assertThat(beskid("test", passing)).isZero();
        assertThat(out()).startsWith("PASS  A (").endsWith("1 passed, 0 failed, 0 skipped\n");
        out.reset();
        assertThat(beskid("test", dir.resolve("suite").toString())).isEqualTo(1);
        assertThat(out())
                .contains(passing + ":\n")
                .contains("FAIL  B (")
                .contains("      panic: no\n      at b.bd:1\n")
                .endsWith("2 passed, 1 failed, 0 skipped\n");
        file("suite/c.bd", "test D { i32 x = \"s\"; }\n");
        assertThat(beskid("test", dir.resolve("suite").toString())).isEqualTo(2);
        assertThat(err()).contains("error[E0301]");
    }

    @Test
    void testTest_filtersAndJunitXml() throws IOException {
        String prog = file("t.bd", """
                test Fast { meta { tags = "fast"; } return; }
                test Slow { meta { tags = "slow"; group = "g"; } __panic_str("slow"); }
                """);
        Path xml = dir.resolve("report.xml");
        assertThat(beskid("test", prog, "--tags", "fast,other", "--junit-xml", xml.toString()))
                .isZero();
        assertThat(out()).contains("PASS  Fast").doesNotContain("Slow");
        assertThat(Files.readString(xml)).contains("<testcase name=\"Fast\" classname=\"t\"");
        assertThat(beskid("test", prog, "--group", "g")).isEqualTo(1);
    }

    @Test
    void testTest_anEmptyFolderIsAUserError() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(beskid("test", empty.toString())).isEqualTo(2);
        assertThat(err()).isEqualTo("beskid: no .bd files under " + empty + "\n");
    }

    @Test
    void testBuild_writesTheArtifactWhereAsked() throws IOException {
        String prog = file("p.bd", "i32 main() { return 0; }\n");
        Path jar = dir.resolve("out/p.jar");
        Files.createDirectories(jar.getParent());
        assertThat(beskid("build", prog, "--kind", "jar", "-o", jar.toString())).isZero();
        assertThat(out()).isEqualTo("built " + jar + " (jar, jvm17)\n");
        assertThat(jar).isRegularFile();
        Path classes = dir.resolve("classes");
        assertThat(beskid("build", prog, "--kind", "classes", "--target", "jvm21", "-o", classes.toString()))
                .isZero();
        assertThat(out()).endsWith("built " + classes + " (classes, jvm21)\n");
        assertThat(classes).isDirectoryRecursivelyContaining("glob:**.class");
    }

    @Test
    void testBuild_unknownKindOrTargetExit2() throws IOException {
        String prog = file("p.bd", "i32 main() { return 0; }\n");
        assertThat(beskid("build", prog, "--kind", "zip")).isEqualTo(2);
        assertThat(err()).isEqualTo("beskid: unknown artifact kind `zip`; use one of exe, jar, classes, bundle\n");
        err.reset();
        assertThat(beskid("build", prog, "--target", "jvm8")).isEqualTo(2);
        assertThat(err()).isEqualTo("beskid: unknown target `jvm8`; valid targets: jvm17, jvm21, jvm25\n");
    }

    @Test
    void testBuild_compileErrorsExit2AndWriteNothing() throws IOException {
        String prog = file("bad.bd", "i32 main() { return x; }\n");
        Path jar = dir.resolve("bad.jar");
        assertThat(beskid("build", prog, "-o", jar.toString())).isEqualTo(2);
        assertThat(jar).doesNotExist();
    }

    @Test
    void testBuild_withoutTheAotBackendExit3() throws IOException {
        buildBackend = () -> null;
        String prog = file("p.bd", "i32 main() { return 0; }\n");
        assertThat(beskid("build", prog)).isEqualTo(3);
        assertThat(err()).isEqualTo("beskid: no backend available: the AOT build backend is not running\n");
    }

    @Test
    void testAbi_printsTheVersionSymbolsAndTags() {
        assertThat(beskid("abi")).isZero();
        assertThat(out())
                .startsWith("Beskid runtime ABI ")
                .contains("symbols (")
                .contains("interop tags (");
        assertThat(out()).isEqualTo(ProgramActions.abiTable());
    }

    @Test
    void testVersion_namesToolchainAbiAndJava() {
        assertThat(beskid("--version")).isZero();
        assertThat(out())
                .startsWith("beskid ")
                .contains("\nABI " + beskid.abi.Abi.BESKID_RUNTIME_ABI_VERSION + " (")
                .contains("\nJava " + System.getProperty("java.version") + " (");
    }

    @Test
    void testShell_keepsTheContainerUp() {
        assertThat(beskid("shell")).isEqualTo(ExitCodes.WAIT_FOR_STOP);
    }

    @Test
    void testBackends_listsWhatIsRunning() {
        assertThat(new ProgramActions(new Toolchain(lowering, runBackends, buildBackend)).backends())
                .isEqualTo("run   jit\nbuild aot jvm17,jvm21,jvm25\n");
        assertThat(new ProgramActions(new Toolchain(lowering, TreeMap::new, () -> null)).backends())
                .isEqualTo("no backends running\n");
    }
}
