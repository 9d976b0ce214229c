package beskid.runtime.output;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.abi.RunContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which runs the output policy takes over (those writing to the process's own descriptors), what
 * it gives them, and the flush at a signal. Nothing here writes to the test process's descriptors.
 */
class ProcessOutputTest {
    private final InputStream stdin = new ByteArrayInputStream(new byte[0]);

    @Test
    void testAdopt_streamsThatAreNotTheProcessesAreLeftAsTheCallerMadeThem() {
        RunContext given = RunContext.of(new ByteArrayOutputStream(), new ByteArrayOutputStream(), stdin, List.of());
        try (ProcessOutput output = ProcessOutput.adopt(given)) {
            assertThat(output.context()).isSameAs(given);
            assertThat(output.flushAtSignal()).isNull();
        }
    }

    @Test
    void testAdopt_theProcessesStdoutAndStderrComeUnderThePolicy() {
        FileOutputStream out = new FileOutputStream(FileDescriptor.out);
        FileOutputStream err = new FileOutputStream(FileDescriptor.err);
        RunContext given = new RunContext(out, err, stdin, List.of("one"), true);
        try (ProcessOutput output = ProcessOutput.adopt(given)) {
            RunContext context = output.context();
            assertThat(context.stdout()).isInstanceOf(ProcessStream.class);
            assertThat(context.stderr()).isInstanceOf(ProcessStream.class);
            ProcessStream.Flushing stdoutFlushing = Descriptors.kind(1) == Descriptors.Kind.TERMINAL
                    ? ProcessStream.Flushing.LINE
                    : ProcessStream.Flushing.BLOCK;
            assertThat(((ProcessStream) context.stdout()).flushing()).isEqualTo(stdoutFlushing);
            assertThat(((ProcessStream) context.stderr()).flushing()).isEqualTo(ProcessStream.Flushing.EACH_WRITE);
            assertThat(context.stdin()).isSameAs(stdin);
            assertThat(context.arguments()).containsExactly("one");
            assertThat(context.jvmTraces()).isTrue();
        }
    }

    @Test
    void testAdopt_eitherProcessStreamAloneIsTakenOverAndTheOtherKept() {
        ByteArrayOutputStream capture = new ByteArrayOutputStream();
        RunContext errOnly = RunContext.of(capture, new FileOutputStream(FileDescriptor.err), stdin, List.of());
        try (ProcessOutput output = ProcessOutput.adopt(errOnly)) {
            assertThat(output.context().stdout()).isSameAs(capture);
            assertThat(output.context().stderr()).isInstanceOf(ProcessStream.class);
        }
        RunContext outOnly = RunContext.of(new FileOutputStream(FileDescriptor.out), capture, stdin, List.of());
        try (ProcessOutput output = ProcessOutput.adopt(outOnly)) {
            assertThat(output.context().stdout()).isInstanceOf(ProcessStream.class);
            assertThat(output.context().stderr()).isSameAs(capture);
        }
    }

    @Test
    void testAdopt_aFlushAtSignalIsRegisteredForTheRunAndRemovedAfterIt() {
        RunContext given = RunContext.of(
                new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err), stdin, List.of());
        ProcessOutput output = ProcessOutput.adopt(given);
        Thread hook = output.flushAtSignal();
        assertThat(hook).isNotNull();
        assertThat(Runtime.getRuntime().removeShutdownHook(hook))
                .as("registered")
                .isTrue();
        Runtime.getRuntime().addShutdownHook(hook);
        output.close();
        assertThat(Runtime.getRuntime().removeShutdownHook(hook))
                .as("still registered")
                .isFalse();
    }

    @Test
    void testFlushAtExit_flushesStdoutThenStderr() {
        ProcessStreamTest.Recording out = new ProcessStreamTest.Recording();
        ProcessStreamTest.Recording err = new ProcessStreamTest.Recording();
        RunContext context = RunContext.of(buffered(out, 1), buffered(err, 2), stdin, List.of());
        write(context.stdout(), "half a line");
        write(context.stderr(), "pending");
        new ProcessOutput.FlushAtExit(context).run();
        assertThat(out.writes).containsExactly("half a line");
        assertThat(err.writes).containsExactly("pending");
    }

    @Test
    void testFlushAtExit_aReaderGoneOrAFailedFlushStopsNothing() {
        ProcessStreamTest.Recording out = new ProcessStreamTest.Recording();
        ProcessStreamTest.Recording err = new ProcessStreamTest.Recording();
        RunContext context = RunContext.of(buffered(out, 1), buffered(err, 2), stdin, List.of());
        write(context.stdout(), "to a closed pipe");
        write(context.stderr(), "still said");
        out.failure = new IOException("Broken pipe");
        new ProcessOutput.FlushAtExit(context).run(); // OutputClosed from stdout: swallowed
        assertThat(err.writes).containsExactly("still said");

        ProcessStreamTest.Recording full = new ProcessStreamTest.Recording();
        ProcessStreamTest.Recording after = new ProcessStreamTest.Recording();
        RunContext disk = RunContext.of(
                new ProcessStream(full, 1, Descriptors.Kind.OTHER, ProcessStream.Flushing.BLOCK, 64),
                buffered(after, 2),
                stdin,
                List.of());
        write(disk.stdout(), "to a full disk");
        write(disk.stderr(), "said too");
        full.failure = new IOException("No space left on device");
        new ProcessOutput.FlushAtExit(disk).run(); // an IOException: swallowed
        assertThat(after.writes).containsExactly("said too");
    }

    private static ProcessStream buffered(ProcessStreamTest.Recording descriptor, int fd) {
        return new ProcessStream(descriptor, fd, Descriptors.Kind.PIPE, ProcessStream.Flushing.BLOCK, 64);
    }

    private static void write(java.io.OutputStream stream, String text) {
        try {
            stream.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
