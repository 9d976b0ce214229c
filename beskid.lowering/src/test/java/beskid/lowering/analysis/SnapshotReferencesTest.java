package beskid.lowering.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.analysis.api.Analysis;
import beskid.lowering.analysis.api.AnalysisWorkspace;
import beskid.lowering.analysis.api.Location;
import beskid.lowering.analysis.api.Position;
import beskid.lowering.analysis.api.Range;
import beskid.lowering.analysis.api.SymbolInfo;
import beskid.lowering.analysis.api.SymbolOccurrence;
import beskid.lowering.service.AnalysisComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** References over two open programs sharing a module: each once, the declaration first, then by file and position. */
class SnapshotReferencesTest {
    static final String MAIN = """
            pub mod x;
            pub mod zed;

            i32 main() {
                return zed.Z() + x.X();
            }
            """;
    static final String SECOND = """
            pub mod zed;
            i32 main() {
                return zed.Z();
            }
            """;
    static final String X = """
            pub i32 X() {
                return zed.Z();
            }
            """;
    static final String ZED = """
            pub i32 Z() {
                return 1;
            }
            """;

    @TempDir
    Path dir;

    private String write(String path, String text) throws Exception {
        Path file = dir.resolve(path);
        Files.writeString(file, text);
        return file.toUri().toString();
    }

    static Range range(int line, int from, int to) {
        return new Range(new Position(line, from), new Position(line, to));
    }

    @Test
    void testReferences_eachOnce_declarationFirst_thenByFileAndPosition() throws Exception {
        String main = write("main.bd", MAIN);
        String second = write("second.bd", SECOND);
        String x = write("x.bd", X);
        String zed = write("zed.bd", ZED);
        try (AnalysisWorkspace ws = new AnalysisComponent().open(dir)) {
            ws.update(main, MAIN);
            ws.update(second, SECOND);
            ws.update(x, X);
            ws.update(zed, ZED);
            Analysis a = ws.analysis();
            SymbolInfo z = a.symbolAt(main, new Position(4, 16)).orElseThrow().symbol();
            assertThat(z.declaration()).isEqualTo(new Location(zed, range(0, 8, 9)));

            assertThat(a.references(z, true))
                    .extracting(SymbolOccurrence::location, SymbolOccurrence::declaration)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(new Location(zed, range(0, 8, 9)), true),
                            org.assertj.core.groups.Tuple.tuple(new Location(main, range(4, 15, 16)), false),
                            org.assertj.core.groups.Tuple.tuple(new Location(second, range(2, 15, 16)), false),
                            org.assertj.core.groups.Tuple.tuple(new Location(x, range(1, 15, 16)), false));
            assertThat(a.references(z, false))
                    .extracting(SymbolOccurrence::location)
                    .containsExactly(
                            new Location(main, range(4, 15, 16)),
                            new Location(second, range(2, 15, 16)),
                            new Location(x, range(1, 15, 16)));
        }
    }
}
