package beskid.eclipse;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.inject.Inject;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.content.IContentType;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The Beskid builder in a headless workspace on Equinox: exact problem markers, markers gone
 * once fixed, incremental builds that check only what changed and what depends on it, clean
 * builds, and "no backend" while the lowering bundle is stopped.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BuilderIT {
    private static final String BAD = "use Std.System.IO;\n\ni32 main() {\n    IO.Println(greeting);\n"
            + "    i32 n = \"text\";\n    return n;\n}\n";
    private static final String GOOD =
            "use Std.System.IO;\n\ni32 main() {\n    IO.Println(\"hi\");\n" + "    return 0;\n}\n";

    /** The builder's session property listing what the last build checked (BeskidBuilder.LAST_CHECKED). */
    private static final QualifiedName LAST_CHECKED = new QualifiedName("beskid.eclipse", "lastChecked");

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() throws Exception {
        return new Option[] {Equinox.withWorkspace()};
    }

    @Before
    public void manualBuilds() throws CoreException {
        Equinox.awaitService(context, "(objectClass=beskid.lowering.api.LoweringService)");
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IWorkspaceDescription description = workspace.getDescription();
        description.setAutoBuilding(false); // each test says when it builds
        workspace.setDescription(description);
    }

    @Test
    public void bdFilesHaveTheBeskidContentType() {
        IContentType type = Platform.getContentTypeManager().findContentTypeFor("main.bd");
        assertEquals(Ids.CONTENT_TYPE, type.getId());
    }

    @Test
    public void aBuildMarksEachErrorExactlyAndAFixRemovesTheMarkers() throws CoreException {
        IProject project = beskidProject("markers");
        IFile bad = write(project, "src/bad.bd", BAD);
        IFile good = write(project, "src/good.bd", GOOD);
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);

        // line 4 starts at char 33 and column 16 is `greeting`; line 5 starts at 59, column 13 is the string
        assertEquals(
                List.of(
                        "4 48-56 E0201 error: undefined name `greeting`",
                        "5 71-72 E0301 error: type mismatch: expected i32, found string"),
                markers(bad));
        assertEquals(List.of(), markers(good));
        IMarker[] problems = project.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE);
        assertEquals("they are problem markers", 2, problems.length);

        bad.setContents(new ByteArrayInputStream(GOOD.getBytes(StandardCharsets.UTF_8)), true, false, null);
        project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
        assertEquals(List.of(), markers(bad));
        assertEquals(List.of("src/bad.bd"), checked(project));
    }

    @Test
    public void anIncrementalBuildChecksWhatChangedAndWhatDependsOnIt() throws CoreException {
        IProject project = beskidProject("incremental");
        IFile lib = write(project, "lib.bd", GOOD);
        IFile app = write(project, "app.bd", "use lib;\n" + GOOD.substring(GOOD.indexOf('\n') + 1));
        IFile other = write(project, "other.bd", GOOD);
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        assertEquals(List.of("app.bd", "lib.bd", "other.bd"), checked(project));

        touch(lib);
        project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
        assertEquals("lib.bd changed; app.bd uses it", List.of("app.bd", "lib.bd"), checked(project));

        touch(other);
        project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
        assertEquals(List.of("other.bd"), checked(project));

        touch(app);
        project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
        assertEquals("nothing uses app.bd", List.of("app.bd"), checked(project));
    }

    @Test
    public void aModuleFilesErrorIsMarkedOnTheModuleFileAndItsFixRebuildsTheEntry() throws CoreException {
        IProject project = beskidProject("modules");
        IFile main = write(
                project,
                "src/main.bd",
                "use Std.System.IO;\n\npub mod util;\n\ni32 main() {\n    IO.Println(\"${util.twice(2)}\");\n"
                        + "    return 0;\n}\n");
        // line 3 starts at char 41; column 12 is `missing`
        IFile util = write(
                project, "src/util.bd", "// Module `util`.\npub i32 twice(i32 n) {\n    return missing * n;\n}\n");
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        assertEquals(List.of("3 52-59 E0201 error: undefined name `missing`"), markers(util));
        assertEquals("the module was found", List.of(), markers(main));
        assertEquals(List.of("src/main.bd", "src/util.bd"), checked(project));

        util.setContents(
                new ByteArrayInputStream("// Module `util`.\npub i32 twice(i32 n) {\n    return 2 * n;\n}\n"
                        .getBytes(StandardCharsets.UTF_8)),
                true,
                false,
                null);
        project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
        assertEquals(List.of(), markers(util));
        assertEquals(List.of(), markers(main));
        assertEquals(
                "util.bd is checked through main.bd, which loads it",
                List.of("src/main.bd", "src/util.bd"),
                checked(project));
    }

    @Test
    public void aCleanBuildRemovesTheMarkers() throws CoreException {
        IProject project = beskidProject("clean");
        IFile bad = write(project, "bad.bd", BAD);
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        assertEquals(2, markers(bad).size());
        project.build(IncrementalProjectBuilder.CLEAN_BUILD, null);
        assertEquals(List.of(), markers(bad));
    }

    @Test
    public void withoutTheLoweringBundleABuildSaysNoBackendAndWorksAgainOnceItIsBack() throws Exception {
        IProject project = beskidProject("nobackend");
        IFile bad = write(project, "bad.bd", BAD);
        Bundle lowering = Equinox.installed(context, "beskid.lowering");
        lowering.stop();
        try {
            project.build(IncrementalProjectBuilder.FULL_BUILD, null);
            IMarker[] onProject = project.findMarkers(Ids.PROBLEM, false, IResource.DEPTH_ZERO);
            assertEquals(1, onProject.length);
            assertEquals("no-backend", onProject[0].getAttribute(Ids.CODE));
            assertTrue(onProject[0].getAttribute(IMarker.MESSAGE, "").startsWith("no backend: "));
            assertEquals(List.of(), markers(bad));
        } finally {
            lowering.start();
        }
        Equinox.awaitService(context, "(objectClass=beskid.lowering.api.LoweringService)");
        project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
        assertEquals(0, project.findMarkers(Ids.PROBLEM, false, IResource.DEPTH_ZERO).length);
        assertEquals(2, markers(bad).size());
    }

    /** A new project with the Beskid nature (which installs the builder). */
    static IProject beskidProject(String name) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        project.create(null);
        project.open(null);
        IProjectDescription description = project.getDescription();
        description.setNatureIds(new String[] {Ids.NATURE});
        project.setDescription(description, null);
        assertTrue(
                "the nature installed the builder",
                Arrays.stream(project.getDescription().getBuildSpec())
                        .anyMatch(c -> c.getBuilderName().equals(Ids.BUILDER)));
        return project;
    }

    static IFile write(IProject project, String path, String text) throws CoreException {
        IFile file = project.getFile(path);
        IResource parent = file.getParent();
        if (parent instanceof org.eclipse.core.resources.IFolder folder && !folder.exists()) {
            folder.create(true, true, null);
        }
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
        return file;
    }

    private static void touch(IFile file) throws CoreException {
        file.setContents(file.getContents(), true, false, null); // same text, a new content stamp
    }

    @SuppressWarnings("unchecked")
    private static List<String> checked(IProject project) throws CoreException {
        return (List<String>) project.getSessionProperty(LAST_CHECKED);
    }

    /** {@code line start-end code severity: message}, in line order. */
    private static List<String> markers(IFile file) throws CoreException {
        List<String> out = new ArrayList<>();
        IMarker[] markers = file.findMarkers(Ids.PROBLEM, false, IResource.DEPTH_ZERO);
        Arrays.sort(
                markers,
                (a, b) ->
                        Integer.compare(a.getAttribute(IMarker.CHAR_START, 0), b.getAttribute(IMarker.CHAR_START, 0)));
        for (IMarker m : markers) {
            String severity = m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR ? "error" : "other";
            out.add(m.getAttribute(IMarker.LINE_NUMBER, -1) + " " + m.getAttribute(IMarker.CHAR_START, -1) + "-"
                    + m.getAttribute(IMarker.CHAR_END, -1) + " " + m.getAttribute(Ids.CODE) + " " + severity + ": "
                    + m.getAttribute(IMarker.MESSAGE, ""));
        }
        return out;
    }
}
