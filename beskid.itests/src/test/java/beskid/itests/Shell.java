package beskid.itests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.osgi.framework.BundleContext;

/**
 * A Gogo session of the container's CommandProcessor with captured console streams, and Beskid
 * source files written where the commands can read them.
 */
final class Shell implements AutoCloseable {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandSession session;
    private final Path dir;

    Shell(BundleContext context) {
        CommandProcessor processor = Container.service(context, CommandProcessor.class);
        session = processor.createSession(new ByteArrayInputStream(new byte[0]), out, err);
        try {
            dir = Files.createTempDirectory("beskid-itest");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Executes a command line; its value is what the command returned. */
    Object execute(String commandLine) throws Exception {
        Object result = session.execute(commandLine);
        session.getConsole().flush();
        return result;
    }

    /**
     * What the shell does on Ctrl-C: interrupts the foreground job (the threads running the
     * command line). False when no job runs yet.
     */
    boolean interruptForegroundJob() {
        org.apache.felix.service.command.Job job = session.foregroundJob();
        if (job == null) {
            return false;
        }
        job.interrupt();
        return true;
    }

    /** What was written to the session's console so far; clears it. */
    String takeOutput() {
        session.getConsole().flush();
        String text = out.toString(StandardCharsets.UTF_8);
        out.reset();
        return text;
    }

    /** A source file in a temporary folder, by absolute path (no characters Gogo would expand). */
    String write(String fileName, String source) {
        try {
            return Files.writeString(dir.resolve(fileName), source, StandardCharsets.UTF_8)
                    .toAbsolutePath()
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        session.close();
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }
}
