package beskid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.testkit.Corpus;
import beskid.testkit.Expectations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code beskid} command as a user runs it: a child JVM running the launcher, which boots
 * Felix with the packaged distribution (target/dist) and a bundle cache of its own.
 */
class CliIT {
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path CORPUS = Corpus.home();
    private static final Path EXAMPLES = Path.of(System.getProperty("beskid.examples", "../examples"));

    @TempDir
    static Path work;

    record Run(int exit, String stdout, String stderr) {}

    @BeforeAll
    static void distributionIsPackaged() {
        assertThat(TARGET.resolve("dist/bundles")).isDirectory();
        assertThat(TARGET.resolve("beskid.cli.jar")).isRegularFile();
    }

    static Run beskid(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dbeskid.bundles=" + TARGET.resolve("dist/bundles"),
                "-Dbeskid.cache=" + TARGET.resolve("it-felix-cache"),
                "-cp",
                TARGET.resolve("dist/lib/org.apache.felix.framework.jar")
                        + java.io.File.pathSeparator
                        + TARGET.resolve("beskid.cli.jar"),
                "beskid.cli.launcher.Launcher"));
        cmd.addAll(List.of(args));
        return exec(cmd);
    }

    static Run exec(List<String> cmd) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        p.getOutputStream().close();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished: " + cmd).isTrue();
        return new Run(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void runPrintsTheProgramsOutputAndExitsWithItsCode() throws Exception {
        Run hello = beskid("run", EXAMPLES.resolve("hello.bd").toString());
        assertThat(hello).isEqualTo(new Run(0, "Hello, Beskid!\n", ""));
        assertThat(beskid("run", CORPUS.resolve("exit_code.bd").toString()).exit())
                .isEqualTo(44);
    }

    @Test
    void aPanicPrintsItsMessageAndPositionAndExits101WithoutAJavaTrace() throws Exception {
        Run r = beskid("run", CORPUS.resolve("panic_div.bd").toString());
        assertThat(r.exit()).isEqualTo(101);
        assertThat(r.stdout()).isEqualTo("before\n");
        assertThat(r.stderr())
                .contains("panic: division by zero", "panic_div.bd:9")
                .doesNotContain("at java.", "Exception");
    }

    @Test
    void compileErrorsAreRenderedWithTheLineAndACaretAndExit2() throws Exception {
        String file = CORPUS.resolve("compile_error.bd").toString();
        Run r = beskid("check", file);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr())
                .contains(file + ":5:17: error[")
                .contains("undefined_name")
                .contains("^");
        assertThat(beskid("run", file).exit()).as("run refuses too").isEqualTo(2);
    }

    @Test
    void userErrorsAreOneLineAndExit2() throws Exception {
        Run missing = beskid("run", work.resolve("missing.bd").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.stderr().strip()).startsWith("beskid: cannot read").doesNotContain("\n");
        Run target = beskid(
                "build",
                EXAMPLES.resolve("hello.bd").toString(),
                "--target",
                "jvm8",
                "-o",
                work.resolve("x.jar").toString());
        assertThat(target.exit()).isEqualTo(2);
        assertThat(target.stderr()).contains("jvm17, jvm21, jvm25");
    }

    @Test
    void fmtRewritesChangedFilesAndCheckListsThemWithExit1() throws Exception {
        Path dir = Files.createDirectories(work.resolve("fmt"));
        Path messy = dir.resolve("messy.bd");
        Files.writeString(messy, "i32 main() { // keep me\n  return 0; }\n");
        Path tidy = dir.resolve("tidy.bd");
        String tidyText = "i32 main()\n{\n    return 1;\n}\n";
        Files.writeString(tidy, tidyText);

        Run check = beskid("fmt", "--check", dir.toString());
        assertThat(check).isEqualTo(new Run(1, messy + "\n", ""));
        assertThat(Files.readString(messy)).as("--check writes nothing").contains("{ // keep me");

        Run fmt = beskid("fmt", dir.toString());
        assertThat(fmt).isEqualTo(new Run(0, "formatted " + messy + "\n", ""));
        assertThat(Files.readString(messy)).isEqualTo("i32 main()\n{ // keep me\n    return 0;\n}\n");
        assertThat(Files.readString(tidy)).isEqualTo(tidyText);
        assertThat(beskid("fmt", "--check", messy.toString(), tidy.toString())).isEqualTo(new Run(0, "", ""));
    }

    @Test
    void fmtLeavesAFileWithSyntaxErrorsUntouchedAndExits2() throws Exception {
        Path broken = work.resolve("broken.bd");
        String text = "i32 main() {   return 0 }\n";
        Files.writeString(broken, text);
        Run r = beskid("fmt", broken.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains(broken + ":1:").contains("^");
        assertThat(Files.readString(broken)).isEqualTo(text);
        Run missing = beskid("fmt", work.resolve("nowhere.bd").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.stderr().strip()).startsWith("beskid: cannot read").doesNotContain("\n");
    }

    @Test
    void aotRunAndBuiltExecutableBehaveAsTheJit() throws Exception {
        String panic = CORPUS.resolve("collections.bd").toString();
        Run jit = beskid("run", panic);
        Run aot = beskid("run", "--backend", "aot", panic);
        Path jar = work.resolve("collections.jar");
        assertThat(beskid("build", panic, "-o", jar.toString()).exit()).isZero();
        Run exe = exec(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        assertThat(jit.exit()).isEqualTo(101);
        assertThat(aot).isEqualTo(jit);
        assertThat(exe).isEqualTo(jit);
    }

    @Test
    void aProgramAcrossFilesRunsChecksBuildsAndTests() throws Exception {
        Path app = work.resolve("app");
        Files.createDirectories(app.resolve("util"));
        Files.writeString(
                app.resolve("main.bd"),
                "use Std.System.IO;\npub mod util;\ni32 main() {\n    IO.Println(\"${util.twice(21)}\");\n"
                        + "    util.fail();\n    return 0;\n}\ntest MainWorks { }\n");
        Files.writeString(
                app.resolve("util/mod.bd"),
                "pub i32 twice(i32 n) {\n    return 2 * n;\n}\npub unit fail() {\n    __panic_str(\"in util\");\n}\n"
                        + "test UtilWorks { }\n");
        String main = app.resolve("main.bd").toString();
        Run jit = beskid("run", main);
        assertThat(jit.exit()).isEqualTo(101);
        assertThat(jit.stdout()).isEqualTo("42\n");
        assertThat(jit.stderr()).contains("panic: in util", "at util/mod.bd:5");
        assertThat(beskid("run", "--backend", "aot", main)).isEqualTo(jit);
        Path jar = work.resolve("app.jar");
        assertThat(beskid("build", main, "-o", jar.toString()).exit()).isZero();
        assertThat(exec(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString())))
                .isEqualTo(jit);
        assertThat(beskid("check", main).exit()).isZero();
        Run tests = beskid("test", app.toString());
        assertThat(tests.stdout())
                .as("util/mod.bd is a module of main.bd, not a program of its own")
                .contains("PASS  MainWorks", "PASS  UtilWorks")
                .endsWith("2 passed, 0 failed, 0 skipped\n");

        Files.writeString(app.resolve("broken.bd"), "pub mod nowhere;\ni32 main() { return 0; }\n");
        Run missing = beskid("check", app.resolve("broken.bd").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.stderr())
                .contains(app.resolve("broken.bd") + ":1:1: error[E0208]")
                .contains("`nowhere.bd` and `nowhere/mod.bd`");
        Files.writeString(app.resolve("util/mod.bd"), "pub i32 twice(i32 n) {\n    return \"x\";\n}\n");
        Run typeError = beskid("check", main);
        assertThat(typeError.stderr()).contains(app.resolve("util").resolve("mod.bd") + ":2:12: error[E0301]");
    }

    @Test
    void programArgumentsFollowTheFile() throws Exception {
        Path prog = work.resolve("args.bd");
        Files.writeString(
                prog,
                "use Std.System.IO;\nuse Std.System.Process;\ni32 main() {\n"
                        + "    IO.Println(\"${Process.ArgCount()} ${Process.Arg(0)} ${Process.Arg(1)}\");\n    return 0;\n}\n");
        assertThat(beskid("run", prog.toString(), "--", "one", "two words").stdout())
                .isEqualTo("2 one two words\n");
    }

    @Test
    void testCommandReportsEachTestAndASummary() throws Exception {
        Path xml = work.resolve("report.xml");
        Run r = beskid("test", CORPUS.resolve("unit_tests.bd").toString(), "--junit-xml", xml.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stdout())
                .contains(
                        "PASS  AddsSmallNumbers",
                        "FAIL  FailsOnPurpose",
                        "panic: expected failure",
                        "SKIP  SkippedForNow (skipped: not ready)")
                .endsWith("2 passed, 1 failed, 1 skipped\n");
        assertThat(Files.readString(xml))
                .contains("tests=\"4\" failures=\"1\" errors=\"0\" skipped=\"1\"", "<skipped message=\"not ready\"/>");
        Run tagged =
                beskid("test", "--tags", "fast", CORPUS.resolve("unit_tests.bd").toString());
        assertThat(tagged.exit()).isZero();
        assertThat(tagged.stdout()).endsWith("1 passed, 0 failed, 0 skipped\n");
        Run aot = beskid(
                "test", "--backend", "aot", CORPUS.resolve("unit_tests.bd").toString());
        assertThat(aot.stdout().lines().filter(l -> !l.contains(" ms)")).toList())
                .isEqualTo(r.stdout().lines().filter(l -> !l.contains(" ms)")).toList());
    }

    /**
     * Every corpus program (the in-repo corpus and any extra folder) through the real launcher.
     * The launches run a few at a time (which also keeps the launcher's shared cache busy); each
     * program's checks are a test of their own.
     */
    @TestFactory
    Stream<DynamicTest> everyCorpusProgramBehavesAsItsExpectationsSayThroughTheLauncher() {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : Corpus.programs()) {
            Expectations expected = Expectations.of(p);
            String command =
                    expected.compileError() != null ? "check" : expected.testSummary() != null ? "test" : "run";
            Future<Run> run = pool.submit(() -> beskid(command, p.toString()));
            tests.add(DynamicTest.dynamicTest(Corpus.label(p), () -> expect(expected, run.get(5, TimeUnit.MINUTES))));
        }
        pool.shutdown();
        return tests.stream();
    }

    private static void expect(Expectations expected, Run r) {
        if (expected.compileError() != null) {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.stderr().lines())
                    .anySatisfy(line -> assertThat(expected.compileErrorPositions())
                            .anySatisfy(pos -> assertThat(line)
                                    .contains(":" + pos + ": error[")
                                    .contains(expected.compileErrorWord())));
        } else if (expected.testSummary() != null) {
            assertThat(r.stdout()).contains(expected.testSummary());
            assertThat(r.exit()).isEqualTo(expected.testExitCode());
        } else {
            assertThat(r.stdout()).as("stdout").isEqualTo(expected.stdout());
            for (String part : expected.stderrContains()) {
                assertThat(r.stderr()).as("stderr").contains(part);
            }
            assertThat(r.exit()).as("exit code (stderr: %s)", r.stderr()).isEqualTo(expected.exit());
        }
    }

    @Test
    void abiListsEverySymbol() throws Exception {
        Run r = beskid("abi");
        assertThat(r.exit()).isZero();
        for (beskid.abi.RuntimeSymbol s : beskid.abi.RuntimeSymbol.values()) {
            assertThat(r.stdout()).contains(s.name() + " ").contains(s.signature());
        }
    }

    @Test
    void lspServesAnEditorOverStdioAndExitsZero() throws Exception {
        Path dir = Files.createDirectories(work.resolve("lsp"));
        String uri = dir.resolve("main.bd").toUri().toString();
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dbeskid.bundles=" + TARGET.resolve("dist/bundles"),
                "-Dbeskid.cache=" + TARGET.resolve("it-felix-cache"),
                "-cp",
                TARGET.resolve("dist/lib/org.apache.felix.framework.jar")
                        + java.io.File.pathSeparator
                        + TARGET.resolve("beskid.cli.jar"),
                "beskid.cli.launcher.Launcher",
                "lsp"));
        Path err = Files.createTempFile(work, "lsp-err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
        try {
            LspWire lsp = new LspWire(p.getInputStream(), p.getOutputStream());
            lsp.request(
                    1, "initialize", "{\"processId\":null,\"rootUri\":\"" + dir.toUri() + "\",\"capabilities\":{}}");
            com.google.gson.JsonObject caps =
                    lsp.response(1).getAsJsonObject("result").getAsJsonObject("capabilities");
            assertThat(caps.keySet())
                    .contains(
                            "textDocumentSync",
                            "hoverProvider",
                            "definitionProvider",
                            "referencesProvider",
                            "renameProvider",
                            "completionProvider",
                            "signatureHelpProvider",
                            "documentSymbolProvider",
                            "workspaceSymbolProvider",
                            "semanticTokensProvider",
                            "inlayHintProvider",
                            "codeActionProvider",
                            "documentFormattingProvider",
                            "documentRangeFormattingProvider",
                            "executeCommandProvider");
            lsp.notify("initialized", "{}");
            lsp.notify(
                    "textDocument/didOpen",
                    "{\"textDocument\":{\"uri\":\"" + uri + "\",\"languageId\":\"beskid\",\"version\":1,"
                            + "\"text\":\"/// Adds one.\\ni32 inc(i32 v)\\n{\\n    return v + 1;\\n}\\n\\n"
                            + "i32 main()\\n{\\n    return inc(true);\\n}\\n\"}}");
            com.google.gson.JsonObject diagnostics =
                    lsp.notification("textDocument/publishDiagnostics").getAsJsonObject("params");
            assertThat(diagnostics.get("uri").getAsString()).isEqualTo(uri);
            assertThat(diagnostics.getAsJsonArray("diagnostics").toString())
                    .isEqualTo(
                            "[{\"range\":{\"start\":{\"line\":8,\"character\":15},\"end\":{\"line\":8,\"character\":19}},"
                                    + "\"severity\":1,\"code\":\"E0301\",\"source\":\"beskid\","
                                    + "\"message\":\"type mismatch: expected i32, found bool\"}]");
            lsp.request(
                    2,
                    "textDocument/hover",
                    "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":{\"line\":8,\"character\":12}}");
            assertThat(lsp.response(2)
                            .getAsJsonObject("result")
                            .getAsJsonObject("contents")
                            .get("value")
                            .getAsString())
                    .isEqualTo("```beskid\ni32 inc(i32 v)\n```\n\n---\n\nAdds one.\n");
            lsp.request(3, "shutdown", "null");
            assertThat(lsp.response(3).get("result").isJsonNull()).isTrue();
            lsp.notify("exit", "null");
            assertThat(lsp.atEnd()).as("nothing but LSP messages on stdout").isTrue();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue())
                    .as("exit code (stderr: %s)", Files.readString(err))
                    .isZero();
        } finally {
            p.destroyForcibly();
        }
    }
}
