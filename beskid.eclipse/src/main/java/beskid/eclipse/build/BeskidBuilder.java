package beskid.eclipse.build;

import beskid.eclipse.Ids;
import beskid.eclipse.NoBackendException;
import beskid.eclipse.Services;
import beskid.lowering.api.LoweringService;
import beskid.lowering.api.SourceUnit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.Status;

/**
 * Checks a Beskid project's {@code .bd} files through the {@link LoweringService} and keeps one
 * problem marker per diagnostic. A full build checks every file; an incremental one checks the
 * files that changed and, through the module references each file makes, those that depend
 * on them; a clean build removes the markers. Without a lowering service (its bundle stopped
 * or being updated) a build checks nothing, leaves a "no backend" marker on the project and
 * makes the next build a full one.
 */
public final class BeskidBuilder extends IncrementalProjectBuilder {
    /**
     * Session property of the project: the project-relative paths the last build checked,
     * sorted. It lets a user (and a test) see what an incremental build touched.
     */
    public static final QualifiedName LAST_CHECKED = new QualifiedName(Ids.PLUGIN, "lastChecked");

    /** The module references of every file seen, to find what depends on a change. */
    private final Map<IFile, ModuleRefs> refs = new HashMap<>();

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IResourceDelta delta = kind == FULL_BUILD || refs.isEmpty() ? null : getDelta(getProject());
        Set<IFile> files = delta == null ? allFiles() : affected(delta);
        check(files, monitor);
        return null;
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        getProject().deleteMarkers(Ids.PROBLEM, true, IResource.DEPTH_INFINITE);
        refs.clear();
        getProject().setSessionProperty(LAST_CHECKED, List.of());
    }

    private Set<IFile> allFiles() throws CoreException {
        refs.clear();
        Set<IFile> files = new TreeSet<>(BY_PATH);
        getProject().accept(r -> {
            if (isSource(r)) {
                files.add((IFile) r);
            }
            return true;
        });
        return files;
    }

    /** The changed files and, transitively, those that name a changed file's module. */
    private Set<IFile> affected(IResourceDelta delta) throws CoreException {
        Set<IFile> changed = new TreeSet<>(BY_PATH);
        List<ModuleRefs> gone = new ArrayList<>();
        delta.accept(d -> {
            IResource r = d.getResource();
            if (isSource(r)) {
                if (d.getKind() == IResourceDelta.REMOVED) {
                    ModuleRefs old = refs.remove(r);
                    if (old != null) {
                        gone.add(old);
                    }
                } else if (d.getKind() == IResourceDelta.ADDED || (d.getFlags() & IResourceDelta.CONTENT) != 0) {
                    changed.add((IFile) r);
                }
            }
            return true;
        });
        Set<IFile> out = new TreeSet<>(BY_PATH);
        Deque<ModuleRefs> work = new ArrayDeque<>(gone);
        for (IFile f : changed) {
            out.add(f);
            ModuleRefs before = refs.get(f);
            if (before != null) {
                work.add(before); // its old module name: files naming it must see it is gone
            }
            work.add(scan(f, read(f)));
        }
        while (!work.isEmpty()) {
            ModuleRefs m = work.poll();
            for (Map.Entry<IFile, ModuleRefs> e : refs.entrySet()) {
                if (!out.contains(e.getKey()) && e.getValue().dependsOn(m)) {
                    out.add(e.getKey());
                    work.add(e.getValue());
                }
            }
        }
        return out;
    }

    private void check(Set<IFile> files, IProgressMonitor monitor) throws CoreException {
        IProject project = getProject();
        List<String> checked = new ArrayList<>();
        try {
            Services.with(LoweringService.class, null, "the Beskid lowering service", lowering -> {
                ProblemMarkers.clearNoBackend(project);
                for (IFile f : files) {
                    if (monitor != null && monitor.isCanceled()) {
                        forgetLastBuiltState(); // what was not checked is checked by the next build
                        break;
                    }
                    String text = read(f);
                    refs.put(f, scan(f, text));
                    SourceUnit unit = SourceUnit.of(f.getFullPath().toString(), text);
                    ProblemMarkers.replace(f, text, lowering.check(unit).diagnostics());
                    checked.add(f.getProjectRelativePath().toString());
                }
                return null;
            });
        } catch (NoBackendException e) {
            ProblemMarkers.noBackend(project, e.getMessage());
            refs.clear(); // the next build is a full one
            forgetLastBuiltState();
        }
        project.setSessionProperty(LAST_CHECKED, List.copyOf(checked));
    }

    private static ModuleRefs scan(IFile f, String text) {
        IResource parent = f.getParent();
        return ModuleRefs.scan(f.getName(), parent == null ? null : parent.getName(), text);
    }

    private static boolean isSource(IResource r) {
        return r.getType() == IResource.FILE && "bd".equals(r.getFileExtension()) && !r.isDerived();
    }

    private static String read(IFile f) throws CoreException {
        try (InputStream in = f.getContents(true)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CoreException(Status.error("cannot read " + f.getFullPath() + ": " + e.getMessage(), e));
        }
    }

    private static final Comparator<IFile> BY_PATH =
            Comparator.comparing(f -> f.getFullPath().toString());
}
