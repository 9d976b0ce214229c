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

    static ParseCache parses(beskid.lowering.analysis.api.AnalysisWorkspace ws) throws Exception {
        java.lang.reflect.Field f = Workspace.class.getDeclaredField("parses");
        f.setAccessible(true);
        return (ParseCache) f.get(ws);
    }

    @Test
    void testParsesOfFilesNoLongerUsedAreDropped() throws Exception {
        String main = "pub mod tools;\n\ni32 main() {\n    return tools.One();\n}\n";
        Path mainFile = dir.resolve("main.bd");
        Files.writeString(mainFile, main);
        Path toolsFile = dir.resolve("tools.bd");
        Files.writeString(toolsFile, "pub i32 One() {\n    return 1;\n}\n");
        String mainUri = Uris.of(mainFile);
        String toolsUri = Uris.of(toolsFile);
        try (beskid.lowering.analysis.api.AnalysisWorkspace ws =
                new beskid.lowering.service.AnalysisComponent().open(dir)) {
            ParseCache cache = parses(ws);
            ws.update(mainUri, main);
            Snapshot first = (Snapshot) ws.analysis();
            beskid.lowering.syntax.SourceText tools =
                    first.run(mainUri).file(toolsUri).file().text();
            beskid.lowering.syntax.SourceText mainText =
                    first.run(mainUri).file(mainUri).file().text();
            assertThat(cache.of(tools)).isNotNull();

            ws.update(mainUri, "i32 main() {\n    return 1;\n}\n"); // tools.bd no longer part of it
            Snapshot second = (Snapshot) ws.analysis();
            assertThat(second.run(mainUri).files()).containsOnlyKeys(mainUri);
            assertThat(cache.of(tools)).isNull();
            assertThat(cache.of(mainText)).isNull();

            beskid.lowering.syntax.SourceText now =
                    second.run(mainUri).file(mainUri).file().text();
            assertThat(cache.of(now)).isNotNull();
            ws.remove(mainUri);
            assertThat(cache.of(now)).isNull();

            ws.update(mainUri, main);
            beskid.lowering.syntax.SourceText again =
                    ((Snapshot) ws.analysis()).run(mainUri).file(mainUri).file().text();
            assertThat(cache.of(again)).isNotNull();
            ws.close();
            assertThat(cache.of(again)).isNull();
        }
    }
}
