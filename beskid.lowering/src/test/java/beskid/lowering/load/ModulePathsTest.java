package beskid.lowering.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where child modules are looked for (LANGUAGE.md, "Programs across files"). */
class ModulePathsTest {
    @Test
    void testChildFolder_rootIsTheEntryFolder() {
        assertThat(ModulePaths.childFolder("main.bd", true)).isEmpty();
        assertThat(ModulePaths.childFolder("mod.bd", true)).isEmpty();
    }

    @Test
    void testChildFolder_fileModuleHasTheFolderOfItsName() {
        assertThat(ModulePaths.childFolder("util.bd", false)).isEqualTo("util/");
        assertThat(ModulePaths.childFolder("geo/shapes.bd", false)).isEqualTo("geo/shapes/");
    }

    @Test
    void testChildFolder_modFileHasItsOwnFolder() {
        assertThat(ModulePaths.childFolder("util/mod.bd", false)).isEqualTo("util/");
        assertThat(ModulePaths.childFolder("geo/shapes/mod.bd", false)).isEqualTo("geo/shapes/");
    }

    @Test
    void testCandidates_nameThenModFile() {
        assertThat(ModulePaths.candidates("", List.of("util"))).containsExactly("util.bd", "util/mod.bd");
        assertThat(ModulePaths.candidates("geo/", List.of("shapes")))
                .containsExactly("geo/shapes.bd", "geo/shapes/mod.bd");
    }

    @Test
    void testCandidates_dottedPathIsFolders() {
        assertThat(ModulePaths.candidates("x/", List.of("a", "b"))).containsExactly("x/a/b.bd", "x/a/b/mod.bd");
    }
}
