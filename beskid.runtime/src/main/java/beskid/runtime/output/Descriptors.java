package beskid.runtime.output;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a process descriptor is connected to. The JDK 17 API cannot ask isatty for one
 * descriptor, so on Linux the link in /proc/self/fd says it; elsewhere the JDK's console
 * (stdin and stdout both a terminal) stands in for it.
 */
final class Descriptors {
    /** What an output descriptor writes into. */
    enum Kind {
        TERMINAL,
        PIPE,
        OTHER
    }

    private Descriptors() {}

    /** 1 or 2 if the stream writes straight to the process's stdout or stderr, else 0. */
    static int processDescriptor(OutputStream stream) {
        if (stream instanceof FileOutputStream file) {
            try {
                FileDescriptor fd = file.getFD();
                if (fd == FileDescriptor.out) {
                    return 1;
                }
                if (fd == FileDescriptor.err) {
                    return 2;
                }
            } catch (IOException e) {
                return 0; // a closed stream is nobody's descriptor
            }
        }
        return 0;
    }

    static Kind kind(int fd) {
        try {
            String target =
                    Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            if (target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console")) {
                return Kind.TERMINAL;
            }
            if (target.startsWith("pipe:") || target.startsWith("socket:")) {
                return Kind.PIPE;
            }
            return Kind.OTHER;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null ? Kind.TERMINAL : Kind.OTHER;
        }
    }
}
