package beskid.eclipse.build;

import beskid.eclipse.Ids;
import beskid.eclipse.NoBackendException;
import beskid.eclipse.Services;
import beskid.eclipse.WorkspaceSources;
import beskid.lowering.api.Diagnostic;
import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.LoweringService;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

/**
 * Checks a Beskid project's {@code .bd} files through the {@link LoweringService} and keeps one
 * problem marker per diagnostic, on the file the diagnostic names. Each file is checked as a
 * program's entry with the module files it loads ({@code pub mod util;}) read from the
 * workspace; a file some entry loads is checked through that entry, never alone. A full build checks every file; an incremental one checks the
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
    /**
     * The module files each checked entry loaded, as the lowering reported them ({@code
     * LoweringResult.files()}): a change to one rechecks the entries that loaded it, and a file
     * an entry loads is checked through that entry, never alone.
     */
    private final Map<IFile, Set<IFile>> loaded = new HashMap<>();

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
        loaded.clear();
        getProject().setSessionProperty(LAST_CHECKED, List.of());
    }

    private Set<IFile> allFiles() throws CoreException {
        refs.clear();
        loaded.clear();
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
                    loaded.remove(r);
                    changed.addAll(loaders((IFile) r)); // their module file is gone
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
            work.add(scan(f, WorkspaceSources.read(f)));
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
        out.removeIf(f -> !f.exists());
        return out;
    }

    private void check(Set<IFile> files, IProgressMonitor monitor) throws CoreException {
        IProject project = getProject();
        Set<String> checked = new TreeSet<>();
        try {
            Services.with(LoweringService.class, null, "the Beskid lowering service", lowering -> {
                ProblemMarkers.clearNoBackend(project);
                Deque<IFile> work = new ArrayDeque<>(files);
                Set<IFile> done = new HashSet<>();
                while (!work.isEmpty()) {
                    if (monitor != null && monitor.isCanceled()) {
                        forgetLastBuiltState(); // what was not checked is checked by the next build
                        break;
                    }
                    IFile f = work.poll();
                    Set<IFile> owners = loaders(f);
                    if (!owners.isEmpty()) {
                        work.addAll(owners); // a module file is checked through the entries that load it
                        continue;
                    }
                    if (!done.add(f) || !f.exists()) {
                        continue;
                    }
                    Set<IFile> before = loaded.getOrDefault(f, Set.of());
                    Set<IFile> now = checkEntry(lowering, f, checked);
                    done.addAll(now);
                    for (IFile lost : before) {
                        if (!now.contains(lost) && loaders(lost).isEmpty()) {
                            work.add(lost); // no entry loads it any more: it is an entry of its own
                        }
                    }
                }
                return null;
            });
        } catch (NoBackendException e) {
            ProblemMarkers.noBackend(project, e.getMessage());
            refs.clear(); // the next build is a full one
            loaded.clear();
            forgetLastBuiltState();
        }
        project.setSessionProperty(LAST_CHECKED, List.copyOf(checked));
    }

    /**
     * Checks the program whose entry is {@code entry} and puts each diagnostic's marker on the
     * file it names (a module file's errors on the module file). Returns the module files it loaded.
     */
    private Set<IFile> checkEntry(LoweringService lowering, IFile entry, Set<String> checked) throws CoreException {
        String text = WorkspaceSources.read(entry);
        LoweringResult result = lowering.check(WorkspaceSources.of(entry, text));
        Map<IFile, List<Diagnostic>> byFile = new LinkedHashMap<>();
        byFile.put(entry, new ArrayList<>());
        Set<IFile> modules = new TreeSet<>(BY_PATH);
        for (String path : result.files()) {
            IFile f = WorkspaceSources.file(path);
            if (f != null && !f.equals(entry) && f.exists()) {
                modules.add(f);
                byFile.put(f, new ArrayList<>());
            }
        }
        for (Diagnostic d : result.diagnostics()) {
            IFile f = WorkspaceSources.file(d.path());
            byFile.computeIfAbsent(f != null && f.exists() ? f : entry, k -> new ArrayList<>())
                    .add(d);
        }
        for (Map.Entry<IFile, List<Diagnostic>> e : byFile.entrySet()) {
            IFile f = e.getKey();
            String fileText = f.equals(entry) ? text : WorkspaceSources.read(f);
            refs.put(f, scan(f, fileText));
            ProblemMarkers.replace(f, fileText, e.getValue());
            checked.add(f.getProjectRelativePath().toString());
        }
        loaded.put(entry, modules);
        return modules;
    }

    /** The entries whose last check loaded {@code module}. */
    private Set<IFile> loaders(IFile module) {
        Set<IFile> out = new TreeSet<>(BY_PATH);
        loaded.forEach((entry, modules) -> {
            if (modules.contains(module)) {
                out.add(entry);
            }
        });
        return out;
    }

    private static ModuleRefs scan(IFile f, String text) {
        IResource parent = f.getParent();
        return ModuleRefs.scan(f.getName(), parent == null ? null : parent.getName(), text);
    }

    private static boolean isSource(IResource r) {
        return r.getType() == IResource.FILE && "bd".equals(r.getFileExtension()) && !r.isDerived();
    }

    private static final Comparator<IFile> BY_PATH =
            Comparator.comparing(f -> f.getFullPath().toString());
}
