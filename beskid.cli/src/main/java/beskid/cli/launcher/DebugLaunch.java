package beskid.cli.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code beskid run --debug[=PORT] FILE.bd}: the same command in a child JVM that carries a
 * JDWP agent, listening on loopback only and suspended until a debugger attaches. The agent
 * must be on the JVM's command line, so this launcher cannot debug itself: it starts the child,
 * says on stderr where to attach, and exits with the child's code.
 */
final class DebugLaunch {
    private static final String OPTION = "--debug";

    /** What the command line asks for: the port (0 = any free one) and the arguments without the option. */
    record Request(int port, List<String> args) {}

    private DebugLaunch() {}

    /** The debug request of a {@code run} command line, or null when it asks for none. */
    static Request parse(String[] args) {
        if (args.length == 0 || !args[0].equals("run")) {
            return null;
        }
        List<String> rest = new ArrayList<>();
        Integer port = null;
        boolean programArgs = false;
        for (String a : args) {
            if (!programArgs && a.equals("--")) {
                programArgs = true;
            } else if (!programArgs && (a.equals(OPTION) || a.startsWith(OPTION + "="))) {
                port = a.equals(OPTION) ? 0 : parsePort(a.substring(OPTION.length() + 1));
                continue;
            }
            rest.add(a);
        }
        return port == null ? null : new Request(port, List.copyOf(rest));
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below, as one line
        }
        throw new IllegalArgumentException("--debug takes a port from 1 to 65535, not '" + text + "'");
    }

    /** Runs the command in a child JVM with the agent and returns its exit code. */
    static int run(Request request) throws IOException, InterruptedException {
        int port = request.port() != 0 ? request.port() : freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,quiet=y,address=127.0.0.1:" + port);
        for (String property : List.of("beskid.bundles", "beskid.cache", "beskid.timing")) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Launcher.class.getName());
        command.addAll(request.args());
        Process child = new ProcessBuilder(command).inheritIO().start();
        System.err.println("beskid: waiting for a debugger on 127.0.0.1:" + port);
        System.err.flush();
        try {
            return child.waitFor();
        } finally {
            child.destroy();
        }
    }

    /** A port nobody listens on now (the agent binds it a moment later). */
    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
