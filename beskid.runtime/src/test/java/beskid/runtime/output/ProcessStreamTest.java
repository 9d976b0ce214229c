package beskid.runtime.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What reaches a process descriptor under each flushing policy, and when: whole writes, a full
 * buffer, a newline on a terminal, every write on stderr, and a closed reader as {@link OutputClosed}.
 */
class ProcessStreamTest {
    /** A descriptor that records each write it is given, or fails them. */
    static final class Recording extends FileOutputStream {
        final List<String> writes = new ArrayList<>();
        IOException failure;

        Recording() {
            super(new FileDescriptor()); // never opened: nothing reaches a real descriptor
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (failure != null) {
                throw failure;
            }
            writes.add(new String(b, off, len, StandardCharsets.UTF_8));
        }
    }

    private final Recording descriptor = new Recording();

    private ProcessStream stream(Descriptors.Kind kind, ProcessStream.Flushing flushing, int bufferBytes) {
        return new ProcessStream(descriptor, 1, kind, flushing, bufferBytes);
    }

    private static void write(ProcessStream stream, String text) throws IOException {
        stream.write(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void testBlock_holdsWritesUntilFlushedAndSendsThemAsOne() throws IOException {
        ProcessStream out = stream(Descriptors.Kind.PIPE, ProcessStream.Flushing.BLOCK, 16);
        write(out, "abc\n");
        out.write('d');
        assertThat(descriptor.writes).isEmpty();
        out.flush();
        assertThat(descriptor.writes).containsExactly("abc\nd");
        out.flush(); // nothing pending: nothing sent, not even an empty write
        assertThat(descriptor.writes).containsExactly("abc\nd");
    }

    @Test
    void testBlock_aWriteThatDoesNotFitSendsWhatIsBufferedFirst() throws IOException {
        ProcessStream out = stream(Descriptors.Kind.PIPE, ProcessStream.Flushing.BLOCK, 8);
        write(out, "12345");
        write(out, "678"); // exactly fills the buffer
        assertThat(descriptor.writes).isEmpty();
        write(out, "9");
        assertThat(descriptor.writes).containsExactly("12345678");
        write(out, "abcd");
        write(out, "efgh"); // 5 + 4 > 8: the buffer goes out, the write stays whole
        assertThat(descriptor.writes).containsExactly("12345678", "9abcd");
        out.flush();
        assertThat(descriptor.writes).containsExactly("12345678", "9abcd", "efgh");
    }

    @Test
    void testBlock_aWriteAsLargeAsTheBufferGoesStraightOutAfterWhatWasBuffered() throws IOException {
        ProcessStream out = stream(Descriptors.Kind.PIPE, ProcessStream.Flushing.BLOCK, 8);
        write(out, "ab");
        write(out, "01234567");
        assertThat(descriptor.writes).containsExactly("ab", "01234567");
        byte[] large = "--0123456789abcdef--".getBytes(StandardCharsets.UTF_8);
        out.write(large, 2, 16);
        assertThat(descriptor.writes).containsExactly("ab", "01234567", "0123456789abcdef");
        out.flush();
        assertThat(descriptor.writes).hasSize(3);
    }

    @Test
    void testBlock_writesOnlyTheGivenRangeOfAnArray() throws IOException {
        ProcessStream out = stream(Descriptors.Kind.OTHER, ProcessStream.Flushing.BLOCK, 64);
        byte[] bytes = "xxhelloxx".getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 2, 5);
        out.write(bytes, 0, 1);
        out.flush();
        assertThat(descriptor.writes).containsExactly("hellox");
    }

    @Test
    void testLine_aWriteHoldingANewlineSendsTheBufferedLine() throws IOException {
        ProcessStream out = stream(Descriptors.Kind.TERMINAL, ProcessStream.Flushing.LINE, 64);
        write(out, "name");
        write(out, "? ");
        assertThat(descriptor.writes).isEmpty();
        write(out, "a\nb"); // the newline need not end the write
        assertThat(descriptor.writes).containsExactly("name? a\nb");
        write(out, "\nstart"); // or be its first byte
        assertThat(descriptor.writes).containsExactly("name? a\nb", "\nstart");
    }

    @Test
    void testLine_onlyANewlineInsideTheWrittenRangeCounts() throws IOException {
        ProcessStream out = stream(Descriptors.Kind.TERMINAL, ProcessStream.Flushing.LINE, 64);
        byte[] bytes = "ab\ncd".getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, 2); // the newline just after the range
        out.write(bytes, 3, 2); // the newline just before it
        assertThat(descriptor.writes).isEmpty();
        out.write(bytes, 2, 1);
        assertThat(descriptor.writes).containsExactly("abcd\n");
    }

    @Test
    void testEachWrite_everyWriteGoesOutAtOnce() throws IOException {
        ProcessStream err =
                new ProcessStream(descriptor, 2, Descriptors.Kind.TERMINAL, ProcessStream.Flushing.EACH_WRITE, 64);
        write(err, "one");
        err.write('2');
        assertThat(descriptor.writes).containsExactly("one", "2");
    }

    @Test
    void testSend_aFailedWriteToAPipeIsAClosedReader() throws IOException {
        ProcessStream out = stream(Descriptors.Kind.PIPE, ProcessStream.Flushing.BLOCK, 64);
        write(out, "lost");
        descriptor.failure = new IOException("Stream closed");
        assertThatThrownBy(out::flush).isInstanceOf(OutputClosed.class).hasMessage("descriptor 1 closed by its reader");
        descriptor.failure = null;
        out.flush(); // what failed to go out is dropped, not retried
        assertThat(descriptor.writes).isEmpty();
        write(out, "next");
        out.flush();
        assertThat(descriptor.writes).containsExactly("next");
    }

    @Test
    void testSend_aBrokenPipeOnAnyDescriptorIsAClosedReader() throws IOException {
        ProcessStream err =
                new ProcessStream(descriptor, 2, Descriptors.Kind.OTHER, ProcessStream.Flushing.EACH_WRITE, 64);
        descriptor.failure = new IOException("Broken pipe");
        assertThatThrownBy(() -> write(err, "x"))
                .isInstanceOf(OutputClosed.class)
                .hasMessage("descriptor 2 closed by its reader");
    }

    @Test
    void testSend_anyOtherFailureOfAFileOrTerminalIsTheWritesOwn() throws IOException {
        ProcessStream out = stream(Descriptors.Kind.OTHER, ProcessStream.Flushing.BLOCK, 8);
        IOException full = new IOException("No space left on device");
        descriptor.failure = full;
        assertThatThrownBy(() -> write(out, "too large to buffer")).isSameAs(full);
        IOException unnamed = new IOException();
        descriptor.failure = unnamed;
        write(out, "held");
        assertThatThrownBy(out::flush).isSameAs(unnamed);
        ProcessStream terminal = stream(Descriptors.Kind.TERMINAL, ProcessStream.Flushing.LINE, 8);
        assertThatThrownBy(() -> write(terminal, "line\n")).isSameAs(unnamed);
    }
}
