package beskid.eclipse;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IProcess;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Launching {@code .bd} files from the Beskid launch configuration type on Equinox: output and
 * exit code through the launch's process, terminating a running launch, and a JIT bundle
 * stopped and started again between two launches.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LaunchIT {
    private static final String FILE = "beskid.eclipse.file"; // BeskidLaunchDelegate.FILE
    private static final String ARGUMENTS = "beskid.eclipse.arguments";
    private static final String BACKEND = "beskid.eclipse.backend";
    private static final String JIT = "(&(objectClass=beskid.lowering.api.RunBackend)(beskid.backend=jit))";

    @Inject
    private BundleContext context;

    private IProject project;

    @Configuration
    public Option[] config() throws Exception {
        return new Option[] {Equinox.withWorkspace()};
    }

    @Before
    public void project() throws CoreException {
        Equinox.awaitService(context, JIT);
        project = ResourcesProjects.next("launch");
    }

    @Test
    public void aLaunchShowsTheProgramsOutputAndExitsWithItsCode() throws Exception {
        IFile file = BuilderIT.write(
                project,
                "main.bd",
                "use Std.System.IO;\n\ni32 main() {\n    IO.Println(\"Hello from Eclipse\");\n"
                        + "    IO.Eprintln(\"to stderr\");\n    return 42;\n}\n");
        IProcess process = run(file);
        await(process);
        assertEquals(42, process.getExitValue());
        assertEquals(
                "Hello from Eclipse\n",
                process.getStreamsProxy().getOutputStreamMonitor().getContents());
        assertEquals(
                "to stderr\n", process.getStreamsProxy().getErrorStreamMonitor().getContents());
        assertTrue(process.getLaunch().isTerminated());
    }

    @Test
    public void theAotBackendRunsTheSameProgramTheSameWay() throws Exception {
        Equinox.awaitService(context, "(&(objectClass=beskid.lowering.api.RunBackend)(beskid.backend=aot))");
        IFile file = BuilderIT.write(
                project,
                "both.bd",
                "use Std.System.IO;\n\ni32 main() {\n    IO.Println(\"same\");\n    return 3;\n}\n");
        IProcess jit = run(file);
        IProcess aot = launch(file, ILaunchManager.RUN_MODE, List.of(), "aot");
        await(jit);
        await(aot);
        assertEquals(3, aot.getExitValue());
        assertEquals(jit.getExitValue(), aot.getExitValue());
        assertEquals("same\n", aot.getStreamsProxy().getOutputStreamMonitor().getContents());
        assertEquals(
                jit.getStreamsProxy().getOutputStreamMonitor().getContents(),
                aot.getStreamsProxy().getOutputStreamMonitor().getContents());
    }

    @Test
    public void aProgramReadsWhatTheConsoleWrites() throws Exception {
        IFile file = BuilderIT.write(
                project,
                "echo.bd",
                "use Std.System.IO;\n\ni32 main() {\n    string line = IO.ReadLine();\n"
                        + "    IO.Println(\"got \" + line);\n    return 0;\n}\n");
        IProcess process = run(file);
        process.getStreamsProxy().write("beskid\n");
        await(process);
        assertEquals(
                "got beskid\n",
                process.getStreamsProxy().getOutputStreamMonitor().getContents());
        assertEquals(0, process.getExitValue());
    }

    @Test
    public void aCompileErrorIsReportedOnStderrWithExitValue2() throws Exception {
        IFile file = BuilderIT.write(project, "bad.bd", "i32 main() {\n    return missing;\n}\n");
        IProcess process = run(file);
        await(process);
        assertEquals(2, process.getExitValue());
        assertTrue(process.getStreamsProxy()
                .getErrorStreamMonitor()
                .getContents()
                .startsWith("bad.bd:2:12: error[E0201]: undefined name `missing`"));
    }

    @Test
    public void aRunningLaunchCanBeTerminated() throws Exception {
        IFile file = BuilderIT.write(
                project,
                "wait.bd",
                "use Std.System.IO;\n\ni32 main() {\n    IO.Println(\"waiting\");\n"
                        + "    string line = IO.ReadLine();\n    IO.Println(\"never\");\n    return 7;\n}\n");
        IProcess process = run(file);
        long deadline = System.currentTimeMillis() + Equinox.WAIT_MILLIS;
        while (!process.getStreamsProxy().getOutputStreamMonitor().getContents().equals("waiting\n")) {
            assertTrue("the program started", System.currentTimeMillis() < deadline);
            Thread.sleep(10);
        }
        assertFalse("it waits for input", process.isTerminated());
        assertTrue(process.canTerminate());
        process.getLaunch().terminate();
        await(process);
        assertEquals(
                "waiting\n", process.getStreamsProxy().getOutputStreamMonitor().getContents());
        assertNotEquals("it did not run to its end", 7, process.getExitValue());
    }

    @Test
    public void aLaunchRunsAProgramAcrossTwoFiles() throws Exception {
        IFile main = BuilderIT.write(
                project,
                "app/main.bd",
                "use Std.System.IO;\n\npub mod util;\n\ni32 main() {\n    IO.Println(\"twice ${util.twice(21)}\");\n"
                        + "    return util.twice(2);\n}\n");
        BuilderIT.write(project, "app/util.bd", "pub i32 twice(i32 n) {\n    return 2 * n;\n}\n");
        IProcess process = run(main);
        await(process);
        assertEquals("", process.getStreamsProxy().getErrorStreamMonitor().getContents());
        assertEquals(
                "twice 42\n", process.getStreamsProxy().getOutputStreamMonitor().getContents());
        assertEquals(4, process.getExitValue());
    }

    @Test
    public void aComputeBoundLaunchStopsWhenTerminated() throws Exception {
        IFile file = BuilderIT.write(
                project,
                "spin.bd",
                "use Std.System.IO;\n\ni32 main() {\n    IO.Println(\"spinning\");\n    i64 mut i = 0;\n"
                        + "    while true {\n        i += 1;\n    }\n    return 0;\n}\n");
        IProcess process = run(file);
        long deadline = System.currentTimeMillis() + Equinox.WAIT_MILLIS;
        while (!process.getStreamsProxy().getOutputStreamMonitor().getContents().equals("spinning\n")) {
            assertTrue("the program started", System.currentTimeMillis() < deadline);
            Thread.sleep(10);
        }
        assertFalse("it loops", process.isTerminated());
        assertEquals("its main thread runs", 1, programThreads());
        process.getLaunch().terminate();
        await(process); // a hang guard: without cancellation the loop never ends
        assertEquals("cancelled, as by Ctrl-C", 130, process.getExitValue());
        assertEquals("no program thread is left", 0, programThreads());
    }

    /** The live threads the runtime runs a program's main on (ExecutionEngine names them). */
    private static long programThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("beskid-main") && t.isAlive())
                .count();
    }

    @Test
    public void theJitBundleCanBeSwappedBetweenTwoLaunches() throws Exception {
        IFile file = BuilderIT.write(project, "code.bd", "i32 main() {\n    return 5;\n}\n");
        IProcess first = run(file);
        await(first);
        assertEquals(5, first.getExitValue());

        Bundle jit = Equinox.installed(context, "beskid.backend.jit");
        jit.stop();
        try {
            run(file);
            fail("a launch without the JIT");
        } catch (CoreException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("no backend: the Beskid jit backend"));
        } finally {
            jit.update(); // a new build of the bundle: the same jar here
            jit.start();
        }
        Equinox.awaitService(context, JIT);
        IProcess second = run(file);
        await(second);
        assertEquals(5, second.getExitValue());
    }

    static IProcess run(IFile file) throws CoreException {
        return launch(file, ILaunchManager.RUN_MODE, List.of());
    }

    static IProcess launch(IFile file, String mode, List<String> args) throws CoreException {
        return launch(file, mode, args, "jit");
    }

    static IProcess launch(IFile file, String mode, List<String> args, String backend) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(Ids.LAUNCH_TYPE);
        ILaunchConfigurationWorkingCopy config = type.newInstance(null, file.getName());
        config.setAttribute(FILE, file.getFullPath().toString());
        config.setAttribute(ARGUMENTS, args);
        config.setAttribute(BACKEND, backend);
        ILaunch launch = config.launch(mode, null);
        IProcess[] processes = launch.getProcesses();
        assertEquals(1, processes.length);
        return processes[0];
    }

    static void await(IProcess process) throws InterruptedException, DebugException {
        long deadline = System.currentTimeMillis() + Equinox.WAIT_MILLIS;
        while (!process.isTerminated()) {
            assertTrue("the process ended within the bound", System.currentTimeMillis() < deadline);
            TimeUnit.MILLISECONDS.sleep(10);
        }
    }
}
