package beskid.eclipse.launch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.debug.core.IStreamListener;
import org.eclipse.debug.core.model.IStreamMonitor;

/**
 * One output stream of a program run in this JVM, as the launch shows it: the bytes the
 * program writes, decoded as UTF-8 (a character split across writes is decoded whole), kept
 * and passed to the listeners. Once the launch is terminated every write fails with a
 * {@link CancellationException}, which ends a program at its next output.
 */
final class StreamText extends OutputStream implements IStreamMonitor {
    private final List<IStreamListener> listeners = new CopyOnWriteArrayList<>();
    private final StringBuilder contents = new StringBuilder();
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer pending = ByteBuffer.allocate(0);
    private volatile boolean cancelled;

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (cancelled) {
            throw new CancellationException("the launch was terminated");
        }
        String text;
        synchronized (this) {
            ByteBuffer in = ByteBuffer.allocate(pending.remaining() + len);
            in.put(pending).put(b, off, len).flip();
            CharBuffer out = CharBuffer.allocate(len + 1);
            decoder.decode(in, out, false);
            pending = in.slice(); // an incomplete character waits for its next bytes
            text = out.flip().toString();
            contents.append(text);
        }
        if (!text.isEmpty()) {
            for (IStreamListener l : listeners) {
                l.streamAppended(text, this);
            }
        }
    }

    /** From now on, writes fail. */
    void cancel() {
        cancelled = true;
    }

    boolean isCancelled() {
        return cancelled;
    }

    /** A message of the launch itself (not of the program). */
    void writeQuietly(String text) {
        try {
            write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | CancellationException e) {
            // terminated meanwhile: nobody reads it any more
        }
    }

    @Override
    public void addListener(IStreamListener listener) {
        listeners.add(listener);
    }

    @Override
    public synchronized String getContents() {
        return contents.toString();
    }

    @Override
    public void removeListener(IStreamListener listener) {
        listeners.remove(listener);
    }
}
