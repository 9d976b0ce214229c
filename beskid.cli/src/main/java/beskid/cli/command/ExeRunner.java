package beskid.cli.command;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs an AOT executable jar as a child {@code java -jar} process on this JVM's java; the exit
 * code is the child's. When the console is the process's own streams the child inherits them,
 * so the executable's runtime sees the real terminal, pipe or file and applies its output
 * policy itself; otherwise (the Gogo shell) its streams are copied to the console's.
 */
final class ExeRunner {
    private ExeRunner() {}

    static int run(Path jar, List<String> args, Console console) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        boolean inherit = isDescriptor(console.out(), FileDescriptor.out)
                && isDescriptor(console.err(), FileDescriptor.err)
                && console.in() instanceof FileInputStream in
                && in.getFD() == FileDescriptor.in;
        if (inherit) {
            builder.inheritIO();
        }
        Process process = builder.start();
        // Stopping the launcher (SIGINT, SIGTERM) stops the child too, which flushes its output.
        Thread stopChild = new Thread(process::destroy, "beskid-exe-stop");
        Runtime.getRuntime().addShutdownHook(stopChild);
        List<Thread> pumps = List.of();
        if (!inherit) {
            pumps = List.of(
                    pump(process.getInputStream(), console.out(), "beskid-exe-out"),
                    pump(process.getErrorStream(), console.err(), "beskid-exe-err"));
            pump(console.in(), process.getOutputStream(), "beskid-exe-in");
        }
        try {
            int code = process.waitFor();
            for (Thread pump : pumps) {
                pump.join();
            }
            return code;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return ExitCodes.INTERNAL_ERROR;
        } finally {
            removeHook(stopChild);
        }
    }

    private static boolean isDescriptor(OutputStream stream, FileDescriptor fd) throws IOException {
        return stream instanceof FileOutputStream file && file.getFD() == fd;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already exiting: the hook stops a child that has ended, harmlessly
        }
    }

    private static Thread pump(InputStream from, OutputStream to, String name) {
        Thread t = new Thread(
                () -> {
                    byte[] buffer = new byte[8192];
                    try {
                        for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
                            to.write(buffer, 0, n);
                            to.flush();
                        }
                        if (name.endsWith("-in")) {
                            to.close(); // end of our input is end of the child's
                        }
                    } catch (IOException e) {
                        // The reader of `to` went away: close `from` too, so that the child's
                        // next write finds a closed pipe and ends as such.
                        closeQuietly(from);
                    }
                },
                name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // closing is all we wanted
        }
    }
}
