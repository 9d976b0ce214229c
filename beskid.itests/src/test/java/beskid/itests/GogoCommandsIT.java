package beskid.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import beskid.lowering.api.BuildBackend;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import javax.inject.Inject;
import org.apache.felix.service.command.CommandProcessor;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceReference;

/**
 * The Gogo commands of the CLI bundle with the real Gogo runtime: {@code beskid:run},
 * {@code beskid:backends} and {@code beskid:runbundle} are registered and work through the
 * CommandProcessor service; with the JIT stopped, {@code beskid:run} answers "no backend
 * available" and throws nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class GogoCommandsIT {
    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return new Option[] {Container.toolchain()};
    }

    @After
    public void restartJit() throws BundleException {
        Bundle jit = Container.installedBundle(context, Container.JIT);
        if (jit.getState() != Bundle.ACTIVE) {
            jit.start();
        }
    }

    @Test
    public void testCommands_areRegisteredInScopeBeskid() throws Exception {
        ServiceReference<?>[] commands =
                context.getServiceReferences((String) null, "(" + CommandProcessor.COMMAND_SCOPE + "=beskid)");
        assertTrue("one command service in scope beskid", commands != null && commands.length == 1);
        assertEquals(Container.CLI, commands[0].getBundle().getSymbolicName());
        List<String> functions = Arrays.asList((String[]) commands[0].getProperty(CommandProcessor.COMMAND_FUNCTION));
        assertTrue(functions.toString(), functions.containsAll(List.of("run", "backends", "runbundle")));
    }

    @Test
    public void testBackends_listsBothRunBackendsAndTheBuildBackend() throws Exception {
        try (Shell shell = new Shell(context)) {
            String answer = String.valueOf(shell.execute("beskid:backends"));
            assertTrue(answer, answer.contains("run   jit\n"));
            assertTrue(answer, answer.contains("run   aot\n"));
            assertTrue(answer, answer.contains("build aot "));
        }
    }

    @Test
    public void testRun_runsAFileWithTheJitAndPrintsToTheSessionConsole() throws Exception {
        try (Shell shell = new Shell(context)) {
            Object answer = shell.execute("beskid:run " + shell.write("hello.bd", Backends.HELLO));
            assertEquals("exit 7", answer);
            assertEquals("hi\n", shell.takeOutput());
        }
    }

    @Test
    public void testRunAndCheck_loadTheModuleFilesOfAProgram() throws Exception {
        try (Shell shell = new Shell(context)) {
            shell.write("util.bd", "pub i32 seven() {\n    return 7;\n}\n");
            String app = shell.write("app.bd", "pub mod util;\ni32 main() {\n    return util.seven();\n}\n");
            assertEquals("exit 7", shell.execute("beskid:run " + app));
            assertEquals("ok", shell.execute("beskid:check " + app));
            String broken = shell.write("broken.bd", "pub mod nowhere;\ni32 main() {\n    return 0;\n}\n");
            assertEquals("errors", shell.execute("beskid:check " + broken));
        }
    }

    @Test
    public void testRunbundle_runsAnInstalledAotBundle() throws Exception {
        byte[] jar = AotBundles.build(Container.service(context, BuildBackend.class), "hello.bd", Backends.HELLO);
        Bundle program = context.installBundle("beskid-aot:gogo-hello", new ByteArrayInputStream(jar));
        try (Shell shell = new Shell(context)) {
            assertEquals("exit 7", shell.execute("beskid:runbundle " + program.getBundleId()));
            assertEquals("hi\n", shell.takeOutput());
            assertEquals("resolved and started by the command", Bundle.ACTIVE, program.getState());
        } finally {
            program.uninstall();
        }
    }

    @Test
    public void testRunbundle_refusesAForgedBundleWithTheResolverMessage() throws Exception {
        byte[] jar = AotBundles.requiringAlsoSymbol(
                AotBundles.build(Container.service(context, BuildBackend.class), "forged.bd", Backends.HELLO),
                "forged_hook");
        Bundle program = context.installBundle("beskid-aot:gogo-forged", new ByteArrayInputStream(jar));
        try (Shell shell = new Shell(context)) {
            String answer = String.valueOf(shell.execute("beskid:runbundle " + program.getBundleId()));
            assertTrue(answer, answer.startsWith("beskid: cannot resolve " + program.getSymbolicName()));
            assertTrue(answer, answer.contains("forged_hook"));
            assertEquals("", shell.takeOutput());
            assertEquals(Bundle.INSTALLED, program.getState());
        } finally {
            program.uninstall();
        }
    }

    @Test
    public void testRun_withTheJitStopped_answersNoBackendAvailable() throws Exception {
        Bundle jit = Container.installedBundle(context, Container.JIT);
        jit.stop();
        try (Shell shell = new Shell(context)) {
            String file = shell.write("hello.bd", Backends.HELLO);
            String answer = String.valueOf(shell.execute("beskid:run " + file));
            assertTrue(answer, answer.startsWith("beskid: no backend available"));
            assertTrue(answer, answer.contains("jit"));
            assertEquals("", shell.takeOutput());
            String backends = String.valueOf(shell.execute("beskid:backends"));
            assertTrue(backends, !backends.contains("run   jit") && backends.contains("run   aot"));

            jit.start();
            assertEquals("exit 7", shell.execute("beskid:run " + file));
            assertEquals("hi\n", shell.takeOutput());
        }
    }
}
