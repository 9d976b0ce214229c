package beskid.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import beskid.abi.RunContext;
import beskid.abi.RunOutcome;
import beskid.lowering.api.RunBackend;
import beskid.lowering.api.RunRequest;
import beskid.lowering.api.RunResult;
import beskid.lowering.api.SourceUnit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Beskid programs run through the real backends in the container, with their output captured
 * through the run's context, and the backend services as a tool finds them.
 */
final class Backends {
    /** Prints a line and exits 7. */
    static final String HELLO = "use Std.System.IO;\ni32 main() {\n    IO.Println(\"hi\");\n    return 7;\n}\n";

    /**
     * A long run: prints {@code started}, then loops reading lines from stdin while they say
     * {@code more}, then prints {@code resumed} and exits 42. Its stdin is a {@link Gate}: the
     * program keeps running generated code and runtime calls for as long as the test wants (a
     * swap happens while it certainly is in flight), and ends when the test opens the gate. No
     * timing involved.
     */
    static final String LOOPING = "use Std.System.IO;\ni32 main() {\n    IO.Println(\"started\");\n"
            + "    i64 mut spins = 0;\n    while IO.ReadLine() == \"more\" {\n        spins += 1;\n    }\n"
            + "    IO.Println(\"resumed\");\n    return 42;\n}\n";

    private Backends() {}

    /** What one run produced. */
    record Run(RunResult result, String stdout, String stderr) {
        RunOutcome outcome() {
            assertTrue(
                    "compile errors: " + result.diagnostics(),
                    result.diagnostics().isEmpty());
            assertNotNull(result.outcome());
            return result.outcome();
        }

        /** Asserts a clean run with this output and exit code. */
        void assertExit(String expectedStdout, int expectedExit) {
            assertFalse(stderr, outcome().panicked());
            assertEquals(expectedStdout, stdout);
            assertEquals("", stderr);
            assertEquals(expectedExit, outcome().exitCode());
        }
    }

    /** The filter of the run backend service with this name. */
    static String filter(String backend) {
        return "(&(" + Constants.OBJECTCLASS + "=" + RunBackend.class.getName() + ")(" + RunBackend.BACKEND_PROPERTY
                + "=" + backend + "))";
    }

    /** The registered run backend services with this name (empty when none is). */
    static List<ServiceReference<RunBackend>> references(BundleContext context, String backend) {
        try {
            return List.copyOf(context.getServiceReferences(
                    RunBackend.class, "(" + RunBackend.BACKEND_PROPERTY + "=" + backend + ")"));
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The one registered run backend service with this name, waiting (bounded) for it. */
    static ServiceReference<RunBackend> reference(BundleContext context, String backend) {
        await(() -> references(context, backend).size() == 1, "one " + backend + " RunBackend service is registered");
        return references(context, backend).get(0);
    }

    /** The run backend with this name, as a tool gets it now. */
    static RunBackend runBackend(BundleContext context, String backend) {
        RunBackend service = context.getService(reference(context, backend));
        assertNotNull(backend + " backend service", service);
        return service;
    }

    static long serviceId(ServiceReference<?> reference) {
        return (Long) reference.getProperty(Constants.SERVICE_ID);
    }

    /** Runs a program with captured streams and no input. */
    static Run run(RunBackend backend, String fileName, String source) {
        return run(backend, fileName, source, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream());
    }

    static Run run(RunBackend backend, String fileName, String source, InputStream stdin, OutputStream stdout) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunResult result = backend.run(
                new RunRequest(SourceUnit.of(fileName, source), RunContext.of(stdout, err, stdin, List.of())));
        String out = stdout instanceof ByteArrayOutputStream bytes
                ? bytes.toString(StandardCharsets.UTF_8)
                : stdout.toString();
        return new Run(result, out, err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Polls (bounded by {@link Container#WAIT_MILLIS}; a bound, not a measurement) until the
     * condition holds; fails when it never does.
     */
    static void await(BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + Container.WAIT_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("never happened: " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Waits (bounded) for a latch; fails when it never opens. */
    static void await(CountDownLatch latch, String what) {
        try {
            if (!latch.await(Container.WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                fail("never happened: " + what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * A program's stdin that says {@code more} line after line until the test opens it, then
     * {@code done} and the end of input. It counts the lines it served, so a test can see the
     * program kept looping.
     */
    static final class Gate extends InputStream {
        private static final byte[] MORE = "more\n".getBytes(StandardCharsets.UTF_8);
        private static final byte[] DONE = "done\n".getBytes(StandardCharsets.UTF_8);
        private volatile boolean open;
        private volatile long lines;
        private byte[] line = MORE;
        private int next;

        void open() {
            open = true;
        }

        /** How many lines the program has read so far. */
        long lines() {
            return lines;
        }

        @Override
        public synchronized int read() {
            if (next == line.length) {
                if (line == DONE) {
                    return -1;
                }
                line = open ? DONE : MORE;
                next = 0;
            }
            int b = line[next++] & 0xFF;
            if (next == line.length) {
                lines++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            // one byte at a time, so a line never runs past the moment the gate opens
            if (len == 0) {
                return 0;
            }
            int c = read();
            if (c < 0) {
                return -1;
            }
            b[off] = (byte) c;
            return 1;
        }
    }

    /** A program's stdout that tells when a line has been written. */
    static final class Watched extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final String awaited;
        final CountDownLatch seen = new CountDownLatch(1);

        Watched(String awaitedLine) {
            this.awaited = awaitedLine + "\n";
        }

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
            check();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
            check();
        }

        private void check() {
            if (bytes.toString(StandardCharsets.UTF_8).contains(awaited)) {
                seen.countDown();
            }
        }

        @Override
        public synchronized String toString() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
