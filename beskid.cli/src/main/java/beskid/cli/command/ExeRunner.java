package beskid.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs an AOT executable jar as a child {@code java -jar} process on this JVM's java, wiring
 * its streams to the console; the exit code is the child's.
 */
final class ExeRunner {
    private ExeRunner() {}

    static int run(Path jar, List<String> args, Console console) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        Process process = new ProcessBuilder(command).start();
        Thread out = pump(process.getInputStream(), console.out(), "beskid-exe-out");
        Thread err = pump(process.getErrorStream(), console.err(), "beskid-exe-err");
        Thread in = pump(console.in(), process.getOutputStream(), "beskid-exe-in");
        try {
            int code = process.waitFor();
            out.join();
            err.join();
            return code;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return ExitCodes.INTERNAL_ERROR;
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
                        // The other side closed: nothing more to copy.
                    }
                },
                name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
