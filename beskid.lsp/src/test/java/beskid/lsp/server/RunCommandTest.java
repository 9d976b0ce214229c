package beskid.lsp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code beskid.run}: the document's program through the JIT, open texts before files on disk. */
class RunCommandTest {
    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> run(LspSession lsp, String uri) throws Exception {
        Object answer = lsp.server
                .getWorkspaceService()
                .executeCommand(new ExecuteCommandParams("beskid.run", List.of(uri)))
                .get();
        // over the wire the answer is a JSON object: the client sees a map (numbers as doubles)
        return (Map<String, Object>) answer;
    }

    @Test
    void runsAMultiFileProgramWithTheEditorsUnsavedModuleText() throws Exception {
        Path main = dir.resolve("main.bd");
        Files.writeString(
                main,
                "use Std.System.IO;\n\npub mod util;\n\ni32 main()\n{\n"
                        + "    IO.Println(\"twice ${util.twice(21)}\");\n    return 3;\n}\n");
        Path util = dir.resolve("util.bd");
        Files.writeString(util, "pub i32 twice(i32 x)\n{\n    return x * 2;\n}\n");
        try (LspSession lsp = LspSession.start(new TestServices(), dir)) {
            Map<String, Object> saved = run(lsp, main.toUri().toString());
            assertThat((String) saved.get("stdout")).isEqualTo("twice 42\n");
            assertThat(saved.get("exitCode")).isEqualTo(3.0);
            assertThat((String) saved.get("stderr")).isEmpty();

            lsp.open(util.toUri().toString(), "pub i32 twice(i32 x)\n{\n    return x * 2;\n}\n");
            lsp.change(util.toUri().toString(), 2, 15, 2, 16, "3"); // x * 3, not saved
            Map<String, Object> edited = run(lsp, main.toUri().toString());
            assertThat((String) edited.get("stdout")).isEqualTo("twice 63\n");
            assertThat(edited.get("exitCode")).isEqualTo(3.0);
        }
    }

    @Test
    void aProgramThatDoesNotCompileAnswersItsDiagnosticsAndExitTwo() throws Exception {
        Path main = dir.resolve("bad.bd");
        String uri = main.toUri().toString();
        try (LspSession lsp = LspSession.start(new TestServices(), dir)) {
            lsp.open(uri, "i32 main()\n{\n    return true;\n}\n");
            Map<String, Object> answer = run(lsp, uri);
            assertThat(answer.get("exitCode")).isEqualTo(2.0);
            assertThat((String) answer.get("stdout")).isEmpty();
            assertThat((String) answer.get("stderr")).startsWith(main + ":3:").contains("error[E");
        }
    }

    @Test
    void withoutTheJitTheCommandFailsClearly() throws Exception {
        TestServices services = new TestServices();
        services.jit = null;
        String uri = dir.resolve("m.bd").toUri().toString();
        try (LspSession lsp = LspSession.start(services, dir)) {
            lsp.open(uri, "i32 main()\n{\n    return 0;\n}\n");
            assertThatThrownBy(() -> run(lsp, uri))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(ResponseErrorException.class)
                    .hasMessage(Unavailable.JIT);
            assertThat(lsp.shutdownAndExit()).isZero();
        }
    }

    @Test
    void anUnknownCommandIsRefused() throws Exception {
        try (LspSession lsp = LspSession.start(new TestServices(), dir)) {
            assertThatThrownBy(() -> lsp.server
                            .getWorkspaceService()
                            .executeCommand(new ExecuteCommandParams("beskid.fly", List.of()))
                            .get())
                    .cause()
                    .hasMessage("unknown command `beskid.fly`");
        }
    }

    /** The live threads the runtime runs a program's main on (its ExecutionEngine names them). */
    private static long programThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("beskid-main") && t.isAlive())
                .count();
    }

    /** Waits for a condition; the bound only guards against a hang, it measures nothing. */
    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 12_000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }

    @Test
    void cancellingTheRequestStopsTheProgram() throws Exception {
        String uri = dir.resolve("spin.bd").toUri().toString();
        try (LspSession lsp = LspSession.start(new TestServices(), dir)) {
            lsp.open(
                    uri,
                    "i32 main()\n{\n    i64 mut i = 0;\n    while true {\n        i += 1;\n    }\n    return 0;\n}\n");
            java.util.concurrent.CompletableFuture<Object> spinning = lsp.server
                    .getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams("beskid.run", List.of(uri)));
            await("the program runs", () -> programThreads() == 1);
            spinning.cancel(true); // LSP4J sends $/cancelRequest
            await("no program thread is left", () -> programThreads() == 0);

            lsp.open(dir.resolve("quick.bd").toUri().toString(), "i32 main()\n{\n    return 7;\n}\n");
            assertThat(run(lsp, dir.resolve("quick.bd").toUri().toString()).get("exitCode"))
                    .isEqualTo(7.0);
            assertThat(lsp.shutdownAndExit()).isZero();
        }
    }
}
