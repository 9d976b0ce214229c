package beskid.runtime.output;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * One of the process's output descriptors under the runtime's policy. Writes are whole: a
 * write never splits across two flushes unless it is larger than the buffer, so a flush at a
 * signal leaves complete lines.
 */
final class ProcessStream extends OutputStream {
    /** When the buffer goes out besides when it is full. */
    enum Flushing {
        /** Only when full (and at the end of the run or at a signal). */
        BLOCK,
        /** After each write that holds a newline. */
        LINE,
        /** After every write (stderr). */
        EACH_WRITE
    }

    private final FileOutputStream descriptor;
    private final int fd;
    private final boolean pipe;
    private final Flushing flushing;
    private final byte[] buffer;
    private int count;

    ProcessStream(FileOutputStream descriptor, int fd, Descriptors.Kind kind, Flushing flushing, int bufferBytes) {
        this.descriptor = descriptor;
        this.fd = fd;
        this.pipe = kind == Descriptors.Kind.PIPE;
        this.flushing = flushing;
        this.buffer = new byte[bufferBytes];
    }

    /** When this stream's buffer goes out besides when it is full. */
    Flushing flushing() {
        return flushing;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        if (length > buffer.length - count) {
            drain();
        }
        if (length >= buffer.length) {
            send(bytes, offset, length);
            return;
        }
        System.arraycopy(bytes, offset, buffer, count, length);
        count += length;
        if (flushing == Flushing.EACH_WRITE || (flushing == Flushing.LINE && hasNewline(bytes, offset, length))) {
            drain();
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        drain();
    }

    private void drain() throws IOException {
        if (count > 0) {
            int n = count;
            count = 0; // what failed to go out is dropped: retrying a closed pipe is what made `| head` slow
            send(buffer, 0, n);
        }
    }

    private void send(byte[] bytes, int offset, int length) throws IOException {
        try {
            descriptor.write(bytes, offset, length);
        } catch (IOException e) {
            if (pipe || brokenPipe(e)) {
                throw new OutputClosed(fd);
            }
            throw e; // a full disk or a revoked terminal: the write reports -1 to the program
        }
    }

    private static boolean brokenPipe(IOException e) {
        String message = e.getMessage();
        return message != null && message.contains("Broken pipe");
    }

    private static boolean hasNewline(byte[] bytes, int offset, int length) {
        for (int i = offset + length - 1; i >= offset; i--) {
            if (bytes[i] == '\n') {
                return true;
            }
        }
        return false;
    }
}
