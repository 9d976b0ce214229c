package beskid.lowering.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files of a workspace folder are searched: .bd files, sorted, hidden folders skipped. */
class WorkspaceFilesTest {
    @TempDir
    Path dir;

    private Path write(Path folder, String path) throws Exception {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "i32 main() {\n    return 0;\n}\n");
        return file;
    }

    @Test
    void testSourceFiles_sortedBdFilesOutsideHiddenFolders() throws Exception {
        Path ws = dir.resolve(".ws"); // the folder itself may be hidden
        Path z = write(ws, "z.bd");
        Path a = write(ws, "b/a.bd");
        Path m = write(ws, "m.bd");
        write(ws, ".git/x.bd");
        write(ws, "b/.cache/y.bd");
        write(ws, "notes.txt");
        write(ws, "b/c.bd.orig");
        Files.createDirectories(ws.resolve("dir.bd"));
        assertThat(Workspace.sourceFiles(ws)).containsExactly(a, m, z);
    }

    @Test
    void testSourceFiles_noFolderNoFiles() throws Exception {
        assertThat(Workspace.sourceFiles(dir.resolve("missing"))).isEmpty();
        Path file = write(dir, "f.bd");
        assertThat(Workspace.sourceFiles(file)).isEmpty();
    }

    @Test
    void testTheSameTextAgainKeepsTheAnalysis_closeForgetsDocuments() {
        String uri = "untitled:w";
        try (beskid.lowering.analysis.api.AnalysisWorkspace ws =
                new beskid.lowering.service.AnalysisComponent().open(null)) {
            ws.update(uri, "i32 main() {\n    return 0\n}\n");
            beskid.lowering.analysis.api.Analysis first = ws.analysis();
            assertThat(first.diagnostics(uri)).hasSize(1);
            ws.update(uri, "i32 main() {\n    return 0\n}\n");
            assertThat(ws.analysis()).isSameAs(first);
            ws.update(uri, "i32 main() {\n    return 0;\n}\n");
            assertThat(ws.analysis()).isNotSameAs(first);
            assertThat(ws.analysis().diagnostics(uri)).isEmpty();
            ws.update(uri, "i32 main() {\n    return 0\n}\n");
            assertThat(ws.analysis().diagnostics(uri)).hasSize(1);
            ws.close();
            assertThat(ws.analysis().diagnostics(uri)).isEmpty();
        }
    }
}
