package beskid.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.abi.RunContext;
import beskid.lowering.api.RunBackend;
import beskid.lowering.api.RunRequest;
import beskid.lowering.api.RunResult;
import beskid.lowering.api.SourceUnit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs at the same time through one backend keep their own output, input, arguments and exit code. */
class ConcurrentRunsTest {
    private static final SourceUnit ECHO = SourceUnit.of(
            "echo.bd",
            String.join(
                    "\n",
                    "use Std.System.IO;",
                    "use Std.System.Process;",
                    "use Std.Core.String;",
                    "i32 main() {",
                    "    string line = IO.ReadLine();",
                    "    for i in range(0, 200) {",
                    "        IO.Print(Process.Arg(0));",
                    "    }",
                    "    IO.Println(\" \" + line);",
                    "    IO.Eprintln(\"err \" + Process.Arg(0));",
                    "    return String.ParseI64(Process.Arg(0));",
                    "}",
                    ""));

    @ParameterizedTest
    @ValueSource(strings = {"jit", "aot"})
    void concurrentRunsAreIsolated(String backend) throws Exception {
        RunBackend runner = backend.equals("jit") ? Toolchain.JIT : Toolchain.AOT;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int n = 1; n <= 16; n++) {
                String arg = Integer.toString(n);
                runs.add(pool.submit(() -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    ByteArrayOutputStream err = new ByteArrayOutputStream();
                    RunContext context = RunContext.of(
                            out,
                            err,
                            new ByteArrayInputStream(("line" + arg + "\n").getBytes(StandardCharsets.UTF_8)),
                            List.of(arg));
                    RunResult result = runner.run(new RunRequest(ECHO, context));
                    return result.outcome().exitCode() + "|" + out.toString(StandardCharsets.UTF_8) + "|"
                            + err.toString(StandardCharsets.UTF_8);
                }));
            }
            for (int n = 1; n <= 16; n++) {
                String expected = n + "|" + Integer.toString(n).repeat(200) + " line" + n + "\n|err " + n + "\n";
                assertThat(runs.get(n - 1).get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
