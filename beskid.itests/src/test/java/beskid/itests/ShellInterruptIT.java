package beskid.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * Ctrl-C during {@code beskid:run}: the shell interrupts the command's thread, the runtime
 * cancels the program at its next loop head, the command answers {@code interrupted}, and no
 * program thread is left running (counted before and after).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ShellInterruptIT {
    private static final String SPIN = """
            i32 main() {
                i64 mut i = 0;
                while true {
                    i += 1;
                }
                return 0;
            }
            """;

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return new Option[] {Container.toolchain()};
    }

    @Test
    public void testRun_interruptStopsTheProgramAndLeavesNoThreadBehind() throws Exception {
        try (Shell shell = new Shell(context)) {
            String file = shell.write("spin.bd", SPIN);
            int threadsBefore = Thread.activeCount();
            assertEquals("no program runs yet", 0, programThreads());
            AtomicReference<Object> answer = new AtomicReference<>();
            Thread command = new Thread(
                    () -> {
                        try {
                            answer.set(shell.execute("beskid:run " + file));
                        } catch (Exception e) {
                            answer.set(e);
                        }
                    },
                    "gogo-command");
            command.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (programThreads() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals("the program runs", 1, programThreads());
            assertTrue("a foreground job runs the command", shell.interruptForegroundJob()); // Ctrl-C
            command.join(TimeUnit.SECONDS.toMillis(60));
            assertFalse("the command returned", command.isAlive());
            // Gogo answers a cancelled job with an InterruptedException of its own; the command
            // says `interrupted` on the console, after the runtime stopped the program.
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (programThreads() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals("no program thread left", 0, programThreads());
            String console = "";
            while (!console.contains("interrupted") && System.nanoTime() < deadline) {
                Thread.sleep(20);
                console += shell.takeOutput();
            }
            assertTrue(
                    "the shell printed `interrupted`: " + console + " / " + answer.get(),
                    console.contains("interrupted\n"));
            System.out.printf("ShellInterruptIT: threads before %d, after %d%n", threadsBefore, Thread.activeCount());
        }
    }

    private static int programThreads() {
        int n = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("beskid-main") && t.isAlive()) {
                n++;
            }
        }
        return n;
    }
}
