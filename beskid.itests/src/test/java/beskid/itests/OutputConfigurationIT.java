package beskid.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import beskid.abi.ExecutionEntry;
import beskid.abi.OutputPolicy;
import beskid.abi.RunContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.function.LongPredicate;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The platform policies are runtime services configured through ConfigAdmin: refusing stdout
 * for PID beskid.runtime.output makes a program's write to fd 1 return -1, without restarting
 * anything; deleting the configuration restores the default.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OutputConfigurationIT {
    private static final String OUTPUT_PID = "beskid.runtime.output";

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return new Option[] {Container.base()};
    }

    private org.osgi.service.cm.Configuration configuration() throws IOException {
        // null location: bound to the first bundle that uses it, the runtime (through SCR)
        return Container.service(context, ConfigurationAdmin.class).getConfiguration(OUTPUT_PID, null);
    }

    @After
    public void restoreDefault() throws IOException {
        configuration().delete();
        awaitWriteToStdout(result -> result == 2, "stdout allowed again after the configuration was deleted");
    }

    /** What a write of two bytes to fd 1 returns with the OutputPolicy service in force now. */
    private long writeToStdout() {
        RunContext run = RunContext.of(
                new ByteArrayOutputStream(),
                new ByteArrayOutputStream(),
                new ByteArrayInputStream(new byte[0]),
                List.of());
        return Container.service(context, OutputPolicy.class).write(run, 1, "ok".getBytes(StandardCharsets.UTF_8));
    }

    /** Polls (bounded, ConfigAdmin and SCR deliver asynchronously) until a write to fd 1 gives the expected result. */
    private void awaitWriteToStdout(LongPredicate expected, String what) {
        long deadline = System.currentTimeMillis() + Container.WAIT_MILLIS;
        long last;
        do {
            last = writeToStdout();
            if (expected.test(last)) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        } while (System.currentTimeMillis() < deadline);
        fail(what + ": a write to fd 1 still returns " + last);
    }

    @Test
    public void testConfigAdmin_stdoutFalseRefusesWritesToFd1() throws IOException {
        ExecutionEntry entry = Container.service(context, ExecutionEntry.class);
        Programs.Run before = Programs.run(entry, Programs.returnWriteResult(1, "hi"));
        assertEquals("hi", before.stdout());
        assertEquals(2, before.outcome().exitCode());

        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("stdout", Boolean.FALSE);
        configuration().update(properties);
        awaitWriteToStdout(result -> result == -1, "stdout=false took effect");

        // a program run through the execution entry sees the same refusal: write returns -1 (exit -1 & 0xFF)
        Programs.Run refused = Programs.run(entry, Programs.returnWriteResult(1, "hi"));
        assertEquals("", refused.stdout());
        assertEquals(255, refused.outcome().exitCode());
        // stderr is still allowed
        Programs.Run toStderr = Programs.run(entry, Programs.writeThenReturn(2, "still here\n", 0));
        assertEquals("still here\n", toStderr.stderr());
        assertTrue(toStderr.stdout().isEmpty());
    }
}
