package beskid.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.backend.aot.AotBackend;
import beskid.backend.jit.JitBackend;
import beskid.cli.command.ProgramActions;
import beskid.cli.command.ToolchainComponent;
import beskid.lowering.service.LoweringComponent;
import beskid.runtime.standalone.StandaloneRuntime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Gogo commands answer one line each (an exit code, ok/errors, a one-line failure) and
 * write a program's output to the session's console; a failure never escapes into the shell.
 */
class GogoCommandsTest {
    private static final LoweringComponent LOWERING = new LoweringComponent();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final ToolchainComponent tools = new ToolchainComponent();
    private final GogoCommands commands = new GogoCommands();
    private CommandSession session;

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    private void addRunBackend(Object backend) throws ReflectiveOperationException {
        Method add = ToolchainComponent.class.getDeclaredMethod("addRunBackend", beskid.lowering.api.RunBackend.class);
        add.setAccessible(true);
        add.invoke(tools, backend);
    }

    @BeforeEach
    void wire() throws ReflectiveOperationException {
        set(tools, "lowering", LOWERING);
        set(tools, "buildBackend", new AotBackend(LOWERING, StandaloneRuntime.start(), TreeMap::new));
        addRunBackend(new JitBackend(LOWERING, StandaloneRuntime.start()));
        set(commands, "tools", tools);
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
        ByteArrayInputStream keyboard = new ByteArrayInputStream(new byte[0]);
        session = (CommandSession) Proxy.newProxyInstance(
                CommandSession.class.getClassLoader(), new Class<?>[] {CommandSession.class}, (proxy, method, args) -> {
                    return switch (method.getName()) {
                        case "getConsole" -> out;
                        case "getKeyboard" -> keyboard;
                        default -> throw new UnsupportedOperationException(method.getName());
                    };
                });
    }

    private String file(String name, String source) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, source);
        return path.toString();
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    @Test
    void testRun_answersTheExitCodeAndWritesToTheConsole() throws IOException {
        String prog = file("p.bd", "use Std.System.IO;\ni32 main() {\n    IO.Println(\"hi\");\n    return 4;\n}\n");
        assertThat(commands.run(session, prog, "arg")).isEqualTo("exit 4");
        assertThat(console()).isEqualTo("hi\n");
        assertThat(commands.run(session)).isEqualTo("usage: beskid:run FILE.bd [ARGS...]");
    }

    @Test
    void testCheckAndLower_answerOkOrErrors() throws IOException {
        String ok = file("ok.bd", "i32 main() { return 0; }\n");
        String bad = file("bad.bd", "i32 main() { return x; }\n");
        assertThat(commands.check(session, ok)).isEqualTo("ok");
        assertThat(commands.check(session, bad)).isEqualTo("errors");
        assertThat(console()).contains("error[E0201]: undefined name `x`");
        assertThat(commands.lower(session, ok)).isEmpty();
        assertThat(commands.lower(session, bad)).isEqualTo("errors");
    }

    @Test
    void testTest_answersTheExitCode() throws IOException {
        assertThat(commands.test(session, file("t.bd", "test A { return; }\n"))).isEqualTo("exit 0");
        assertThat(commands.test(session, file("u.bd", "test B { __panic_str(\"x\"); }\n")))
                .isEqualTo("exit 1");
    }

    @Test
    void testBuild_answersWhatItBuilt() throws IOException {
        String prog = file("p.bd", "i32 main() { return 0; }\n");
        Path jar = dir.resolve("p.jar");
        assertThat(commands.build(session, prog, jar.toString(), "jar")).isEqualTo("built " + jar);
        assertThat(jar).isRegularFile();
        assertThat(commands.build(session, file("bad.bd", "i32 main() { return x; }\n"), jar.toString()))
                .isEqualTo("errors");
    }

    @Test
    void testFailures_areOneLineAnswers() throws Exception {
        assertThat(commands.check(session, dir.resolve("missing.bd").toString()))
                .isEqualTo("beskid: cannot read " + dir.resolve("missing.bd") + ": no such file or directory");
        String prog = file("p.bd", "i32 main() { return 0; }\n");
        assertThat(commands.build(session, prog, "x.jar", "zip"))
                .isEqualTo("beskid: unknown artifact kind `zip`; use one of exe, jar, classes, bundle");
        set(tools, "lowering", null);
        assertThat(commands.check(session, prog))
                .isEqualTo("beskid: no backend available: the lowering service is not available");
    }

    @Test
    void testBackendsAndAbi() throws Exception {
        assertThat(commands.backends()).isEqualTo("run   jit\nbuild aot jvm17,jvm21,jvm25\n");
        assertThat(commands.abi()).isEqualTo(ProgramActions.abiTable());
        Method remove =
                ToolchainComponent.class.getDeclaredMethod("removeRunBackend", beskid.lowering.api.RunBackend.class);
        remove.setAccessible(true);
        remove.invoke(tools, tools.toolchain().runBackends().get("jit"));
        set(tools, "buildBackend", null);
        assertThat(commands.backends()).isEqualTo("no backends running\n");
    }
}
