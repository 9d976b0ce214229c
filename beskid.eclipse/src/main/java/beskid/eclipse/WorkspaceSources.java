package beskid.eclipse;

import beskid.lowering.api.SourceLoader;
import beskid.lowering.api.SourceSet;
import beskid.lowering.api.SourceUnit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Status;

/**
 * A program in the workspace: its entry file and a {@link SourceLoader} that reads the module
 * files it loads from the workspace (not the disk), relative to the entry's folder. Every file
 * is shown by its workspace path ({@code /project/src/util.bd}), so a diagnostic names the
 * {@link IFile} it belongs to ({@link #file(String)}).
 */
public final class WorkspaceSources {
    private WorkspaceSources() {}

    /** The program whose entry is {@code entry}, its entry text already read, files shown by workspace path. */
    public static SourceSet of(IFile entry, String text) {
        return new SourceSet(SourceUnit.of(shown(entry, false), text), loader(entry.getParent(), false));
    }

    /**
     * The program whose entry is {@code entry}, files shown by their project-relative path (what
     * a console shows a user: {@code src/util.bd}).
     */
    public static SourceSet forConsole(IFile entry) throws CoreException {
        return new SourceSet(SourceUnit.of(shown(entry, true), read(entry)), loader(entry.getParent(), true));
    }

    /** The workspace file a diagnostic or a loaded-file path names, or null when there is none. */
    public static IFile file(String shownPath) {
        if (shownPath == null || !shownPath.startsWith("/")) {
            return null;
        }
        Path path = new Path(shownPath);
        return path.segmentCount() < 2
                ? null
                : ResourcesPlugin.getWorkspace().getRoot().getFile(path);
    }

    /** A file's text, read as UTF-8. */
    public static String read(IFile f) throws CoreException {
        try (InputStream in = f.getContents(true)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CoreException(Status.error("cannot read " + f.getFullPath() + ": " + e.getMessage(), e));
        }
    }

    private static String shown(IFile f, boolean projectRelative) {
        return (projectRelative ? f.getProjectRelativePath() : f.getFullPath()).toString();
    }

    private static SourceLoader loader(IContainer folder, boolean projectRelative) {
        return path -> {
            IFile f = folder.getFile(new Path(path));
            if (!f.exists()) {
                return null;
            }
            try {
                return SourceUnit.of(shown(f, projectRelative), read(f));
            } catch (CoreException e) {
                // out of sync with the disk, or removed since exists(): the loader's contract is IOException
                throw new IOException(e.getMessage(), e);
            }
        };
    }
}
