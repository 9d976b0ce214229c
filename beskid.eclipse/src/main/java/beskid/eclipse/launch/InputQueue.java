package beskid.eclipse.launch;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A program's standard input in this JVM: what the console (or a client) writes is queued
 * and read by the program; closing it gives the program end of input.
 */
final class InputQueue extends InputStream {
    private byte[] buffer = new byte[256];
    private int start;
    private int end;
    private boolean closed;

    /** Queues text for the program to read. */
    synchronized void offer(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (closed) {
            return;
        }
        if (end + bytes.length > buffer.length) {
            byte[] grown = new byte[Math.max(buffer.length * 2, end - start + bytes.length)];
            System.arraycopy(buffer, start, grown, 0, end - start);
            end -= start;
            start = 0;
            buffer = grown;
        }
        System.arraycopy(bytes, 0, buffer, end, bytes.length);
        end += bytes.length;
        notifyAll();
    }

    @Override
    public synchronized int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        while (start == end && !closed) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1; // an interrupted read ends the input
            }
        }
        if (start == end) {
            return -1;
        }
        int n = Math.min(len, end - start);
        System.arraycopy(buffer, start, b, off, n);
        start += n;
        return n;
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }
}
