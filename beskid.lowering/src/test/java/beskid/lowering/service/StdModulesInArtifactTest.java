package beskid.lowering.service;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.SourceUnit;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The artifact carries every Std module the program reaches, also those only another Std module
 * uses: an AOT jar has nothing else to load them from.
 */
class StdModulesInArtifactTest {
    private static LoweredArtifact lower(String source) {
        LoweredArtifact artifact = new LoweringComponent()
                .lower(new SourceUnit("p.bd", source.getBytes(StandardCharsets.UTF_8)))
                .artifact();
        assertThat(artifact).isNotNull();
        return artifact;
    }

    @Test
    void aStdModuleUsedByAnotherStdModuleIsLoweredWithTheProgram() {
        LoweredArtifact artifact = lower("""
                use Std.Collections.List;
                i32 main() {
                    List<i64> l = List.New();
                    List.Push(l, 7);
                    return 0;
                }
                """);
        assertThat(artifact.classes().keySet())
                .anyMatch(name -> name.contains("Collections") && name.contains("List"))
                .anyMatch(name -> name.contains("Collections") && name.contains("Array"));
    }

    @Test
    void aProgramWithoutStdCarriesNoStdModule() {
        LoweredArtifact artifact = lower("i32 main() { return 0; }\n");
        assertThat(artifact.classes().keySet()).noneMatch(name -> name.contains("Collections"));
    }
}
