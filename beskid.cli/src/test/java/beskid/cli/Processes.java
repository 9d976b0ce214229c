package beskid.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Command lines of the real launcher and of a real {@code java -jar} executable, and the
 * signals a user sends them. Everything here starts child processes; nothing is simulated.
 */
final class Processes {
    static final Path TARGET = Path.of("target").toAbsolutePath();
    static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private Processes() {}

    /** {@code beskid ARGS} with extra JVM options, on the packaged distribution and a cache of its own. */
    static List<String> beskid(List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>(signalsAtDefault());
        cmd.add(JAVA);
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of(
                "-Dbeskid.bundles=" + TARGET.resolve("dist/bundles"),
                "-Dbeskid.cache=" + TARGET.resolve("it-process-cache"),
                "-cp",
                TARGET.resolve("dist/lib/org.apache.felix.framework.jar")
                        + File.pathSeparator
                        + TARGET.resolve("beskid.cli.jar"),
                "beskid.cli.launcher.Launcher"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    static List<String> beskid(String... args) {
        return beskid(List.of(), args);
    }

    /** {@code java -jar JAR ARGS}. */
    static List<String> exe(Path jar, String... args) {
        List<String> cmd = new ArrayList<>(signalsAtDefault());
        cmd.addAll(List.of(JAVA, "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * A child started in the background by a shell without job control inherits SIGINT as
     * ignored, and the JVM then keeps it ignored; {@code env --default-signal} (coreutils)
     * gives the child the disposition a terminal's foreground job has.
     */
    private static List<String> signalsAtDefault() {
        return ENV_RESETS_SIGNALS ? List.of("env", "--default-signal=INT") : List.of();
    }

    private static final boolean ENV_RESETS_SIGNALS = succeeds("env", "--default-signal=INT", "true");

    static boolean succeeds(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Sends a signal by name ({@code INT}, {@code TERM}) to the process itself, as {@code kill} does. */
    static void signal(Process process, String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid()))
                .inheritIO()
                .start();
        if (kill.waitFor() != 0) {
            throw new IOException("kill -" + name + " " + process.pid() + " failed");
        }
    }

    /** Ends a process and everything it started, whatever state the test left it in. */
    static void destroyTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
