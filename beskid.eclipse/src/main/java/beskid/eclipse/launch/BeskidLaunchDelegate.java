package beskid.eclipse.launch;

import beskid.eclipse.Ids;
import beskid.eclipse.NoBackendException;
import beskid.eclipse.Services;
import beskid.eclipse.WorkspaceSources;
import beskid.lowering.api.RunBackend;
import beskid.lowering.api.SourceSet;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.ILaunchConfigurationDelegate;

/**
 * Launches a {@code .bd} file's main; the module files it loads ({@code pub mod util;}) are
 * read from the workspace, beside it. In run mode the program runs in this JVM through the
 * {@link RunBackend} the configuration names (the JIT by default); in debug mode it is built
 * into an executable by the AOT backend and run in a child JVM with a JDWP agent on loopback,
 * suspended until a JVM debugger attaches (see {@link DebugRun}). Without the backend it needs,
 * the launch fails with "no backend".
 */
public final class BeskidLaunchDelegate implements ILaunchConfigurationDelegate {
    /** The workspace path of the file to run, e.g. {@code /project/src/main.bd}. */
    public static final String FILE = Ids.PLUGIN + ".file";
    /** The program arguments (a list of strings). */
    public static final String ARGUMENTS = Ids.PLUGIN + ".arguments";
    /** The run backend's name ({@code jit} or {@code aot}) for run mode. */
    public static final String BACKEND = Ids.PLUGIN + ".backend";

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        IFile file = file(configuration);
        SourceSet source = WorkspaceSources.forConsole(file);
        List<String> args = configuration.getAttribute(ARGUMENTS, List.of());
        String label = file.getFullPath().toString();
        try {
            if (ILaunchManager.DEBUG_MODE.equals(mode)) {
                DebugRun.start(launch, label, source, args);
            } else {
                String backend = configuration.getAttribute(BACKEND, "jit");
                Services.Held<RunBackend> held = Services.hold(
                        RunBackend.class,
                        "(" + RunBackend.BACKEND_PROPERTY + "=" + backend + ")",
                        "the Beskid " + backend + " backend");
                ProgramProcess.start(launch, label, held, source, args);
            }
        } catch (NoBackendException e) {
            throw new CoreException(Status.error(e.getMessage(), e));
        }
    }

    private static IFile file(ILaunchConfiguration configuration) throws CoreException {
        String path = configuration.getAttribute(FILE, "");
        if (path.isEmpty()) {
            throw new CoreException(Status.error("the launch configuration names no .bd file (" + FILE + ")"));
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(path));
        if (!file.exists()) {
            throw new CoreException(Status.error("no such file in the workspace: " + path));
        }
        return file;
    }
}
