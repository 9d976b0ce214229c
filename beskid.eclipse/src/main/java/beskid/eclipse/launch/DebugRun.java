package beskid.eclipse.launch;

import beskid.eclipse.Ids;
import beskid.eclipse.NoBackendException;
import beskid.eclipse.Services;
import beskid.lowering.api.ArtifactKind;
import beskid.lowering.api.BuildBackend;
import beskid.lowering.api.BuildRequest;
import beskid.lowering.api.BuildResult;
import beskid.lowering.api.Diagnostic;
import beskid.lowering.api.SourceSet;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;

/**
 * A debug-mode launch: the AOT backend builds an executable jar (the same classes, with the
 * same line tables, local names and source map as under the JIT), which runs in a child JVM
 * with a JDWP agent on 127.0.0.1, suspended until a debugger attaches. A debugger cannot stop
 * the JVM it runs in, hence the child. The port is the process attribute {@link #PORT}; the
 * jar is deleted when the JVM that launched it exits.
 */
final class DebugRun {
    /** Process attribute: the loopback port the child's debug agent listens on. */
    static final String PORT = Ids.PLUGIN + ".debugPort";

    private DebugRun() {}

    static void start(ILaunch launch, String label, SourceSet source, List<String> args)
            throws CoreException, NoBackendException {
        byte[] jar = Services.with(BuildBackend.class, null, "the Beskid AOT backend", aot -> {
            BuildResult r = aot.build(
                    new BuildRequest(source, ArtifactKind.EXE, aot.targets().get(0)));
            if (!r.diagnostics().isEmpty()) {
                throw new CoreException(Status.error(
                        r.diagnostics().stream().map(Diagnostic::header).collect(Collectors.joining("\n"))));
            }
            return r.artifact().jar();
        });
        try {
            Path exe = Files.createTempFile("beskid-debug-", ".jar");
            exe.toFile().deleteOnExit();
            Files.write(exe, jar);
            int port = freePort();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,quiet=y,address=127.0.0.1:" + port);
            command.add("-jar");
            command.add(exe.toString());
            command.addAll(args);
            Process process = new ProcessBuilder(command).start();
            DebugPlugin.newProcess(launch, process, label, Map.of(PORT, Integer.toString(port)));
        } catch (IOException e) {
            throw new CoreException(Status.error("cannot start the debug JVM: " + e.getMessage(), e));
        }
    }

    /** A port nobody listens on now (the agent binds it a moment later). */
    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
