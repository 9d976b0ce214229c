package beskid.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
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
 * What a user does in the shell to replace a bundle: {@code update ID} (here
 * {@code Bundle.update()}, which is all Gogo's command does), then {@code refresh} with no
 * argument, typed. For each bundle of the toolchain (runtime, lowering, JIT, AOT) the toolchain
 * works afterwards: a JIT run and an AOT build. Everything goes through Gogo, and this class
 * touches no Beskid type, so the refresh never rewires this test's own probe bundle.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class UpdateRefreshIT {
    private static final String HELLO = "use Std.System.IO;\ni32 main() {\n    IO.Println(\"hi\");\n    return 7;\n}\n";

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return new Option[] {Container.toolchain()};
    }

    @Test
    public void testUpdateAndRefresh_ofTheRuntime_leavesAWorkingToolchain() throws Exception {
        updateRefreshAndUse(Container.RUNTIME);
    }

    @Test
    public void testUpdateAndRefresh_ofLowering_leavesAWorkingToolchain() throws Exception {
        updateRefreshAndUse(Container.LOWERING);
    }

    @Test
    public void testUpdateAndRefresh_ofTheJit_leavesAWorkingToolchain() throws Exception {
        updateRefreshAndUse(Container.JIT);
    }

    @Test
    public void testUpdateAndRefresh_ofTheAot_leavesAWorkingToolchain() throws Exception {
        updateRefreshAndUse(Container.AOT);
    }

    private void updateRefreshAndUse(String symbolicName) throws Exception {
        try (Shell shell = new Shell(context)) {
            String hello = shell.write("hello.bd", HELLO);
            Container.installedBundle(context, symbolicName).update(); // Gogo's `update ID`
            assertEquals("refreshed", String.valueOf(shell.execute("refresh")));
            for (Bundle b : context.getBundles()) {
                if (b.getSymbolicName() != null && b.getSymbolicName().startsWith("beskid.")) {
                    assertEquals(b.getSymbolicName() + " active", Bundle.ACTIVE, b.getState());
                }
            }
            // Components come back asynchronously after a refresh: wait for the answer to be a run.
            String answer = awaitAnswer(shell, "beskid:run " + hello, "exit");
            assertEquals("after update+refresh of " + symbolicName, "exit 7", answer);
            assertEquals("hi\n", shell.takeOutput());
            Path jar = Files.createTempFile("hello", ".jar");
            String built = awaitAnswer(shell, "beskid:build " + hello + " " + jar, "built");
            assertEquals("built " + jar, built);
            assertTrue(Files.size(jar) > 0);
            Files.delete(jar);
        }
    }

    private static String awaitAnswer(Shell shell, String command, String prefix) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Container.WAIT_MILLIS);
        String answer = String.valueOf(shell.execute(command));
        while (!answer.startsWith(prefix) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            shell.takeOutput();
            answer = String.valueOf(shell.execute(command));
        }
        return answer;
    }
}
