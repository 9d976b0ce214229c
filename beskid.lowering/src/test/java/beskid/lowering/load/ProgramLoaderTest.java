package beskid.lowering.load;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.Diagnostic;
import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.SourceLoader;
import beskid.lowering.api.SourceSet;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.emit.Programs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Programs across files, through the service with an in-memory loader (as an IDE supplies its
 * buffers): the module path rules, {@code mod.bd} folders, a file's own {@code mod a.b;}, cycles,
 * missing files, visibility, and where errors and panics are reported.
 */
class ProgramLoaderTest {
    /** Files by path relative to the entry's folder; records each path asked for. */
    private static final class Files implements SourceLoader {
        final Map<String, String> files = new LinkedHashMap<>();
        final List<String> asked = new ArrayList<>();

        Files with(String path, String text) {
            files.put(path, text);
            return this;
        }

        @Override
        public SourceUnit load(String path) {
            asked.add(path);
            String text = files.get(path);
            return text == null ? null : SourceUnit.of("src/" + path, text);
        }

        SourceSet entry(String text) {
            return new SourceSet(SourceUnit.of("src/main.bd", text), this);
        }
    }

    private static List<String> errors(SourceSet program) {
        return Programs.LOWERING.check(program).diagnostics().stream()
                .map(Diagnostic::header)
                .toList();
    }

    @Test
    void testLoad_nameDotBdFirst() {
        Files files = new Files().with("util.bd", "pub i32 two() { return 2; }");
        Programs.Run r = Programs.run(files.entry("pub mod util;\ni32 main() { return util.two(); }"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(files.asked).containsExactly("util.bd");
    }

    @Test
    void testLoad_modBdFolder() {
        Files files = new Files().with("util/mod.bd", "pub i32 three() { return 3; }");
        Programs.Run r = Programs.run(files.entry("pub mod util;\ni32 main() { return util.three(); }"));
        assertThat(r.exit()).isEqualTo(3);
        assertThat(files.asked).containsExactly("util.bd", "util/mod.bd");
    }

    @Test
    void testLoad_bothPresentTakesNameDotBd() {
        Files files = new Files()
                .with("util.bd", "pub i32 n() { return 1; }")
                .with("util/mod.bd", "pub i32 n() { return 2; }");
        assertThat(Programs.run(files.entry("pub mod util;\ni32 main() { return util.n(); }"))
                        .exit())
                .isEqualTo(1);
    }

    @Test
    void testLoad_childrenOfAFileModuleLiveInItsFolder() {
        Files files = new Files()
                .with("a.bd", "pub mod b;\npub i32 viaB() { return b.c.n(); }")
                .with("a/b/mod.bd", "pub mod c;")
                .with("a/b/c.bd", "pub i32 n() { return 7; }");
        Programs.Run r = Programs.run(files.entry("pub mod a;\ni32 main() { return a.viaB() + a.b.c.n(); }"));
        assertThat(r.exit()).isEqualTo(14);
        assertThat(files.asked).containsExactly("a.bd", "a/b.bd", "a/b/mod.bd", "a/b/c.bd");
    }

    @Test
    void testLoad_dottedDeclarationLooksInFolders() {
        Files files = new Files().with("a/b/mod.bd", "pub i32 n() { return 5; }");
        assertThat(Programs.run(files.entry("pub mod a.b;\ni32 main() { return a.b.n(); }"))
                        .exit())
                .isEqualTo(5);
        assertThat(files.asked).containsExactly("a/b.bd", "a/b/mod.bd");
    }

    @Test
    void testLoad_moduleLoadedTwiceIsOneModule() {
        Files files = new Files()
                .with("a.bd", "pub mod b;")
                .with("a/b.bd", "pub type Box { i32 v }\npub Box make() { return Box { v: 4 }; }");
        SourceSet program = files.entry("""
                pub mod a;
                pub mod a.b;
                use a.b.Box;
                i32 main() { Box x = a.b.make(); return x.v; }
                """);
        assertThat(Programs.run(program).exit()).isEqualTo(4);
        assertThat(files.asked.stream().filter("a/b.bd"::equals)).hasSize(1);
        LoweringResult r = Programs.LOWERING.lower(program);
        assertThat(r.files()).containsExactly("src/main.bd", "src/a.bd", "src/a/b.bd");
        assertThat(r.artifact().classes().keySet()).contains("prog.main$a$b", "prog.main$a$b$Box");
    }

    @Test
    void testLoad_aFolderModuleGivesWayToItsFile() {
        Files files = new Files()
                .with("x.bd", "pub mod y.z;")
                .with("x/y.bd", "pub i32 n() { return 1; }")
                .with("x/y/z.bd", "pub i32 m() { return 2; }");
        SourceSet program = files.entry("pub mod x;\npub mod x.y;\ni32 main() { return x.y.n() + x.y.z.m(); }");
        assertThat(Programs.run(program).exit()).isEqualTo(3);
    }

    @Test
    void testLoad_missingFileNamesBothPaths() {
        Files files = new Files();
        assertThat(errors(files.entry("i32 main() { return 0; }\npub mod geo.shapes;")))
                .containsExactly("src/main.bd:2:1: error[E0208]: no file for module `geo.shapes`: looked for"
                        + " `geo/shapes.bd` and `geo/shapes/mod.bd`");
    }

    @Test
    void testLoad_missingFileInAChildNamesPathsFromTheEntryFolder() {
        Files files = new Files().with("geo/mod.bd", "pub mod shapes;");
        assertThat(errors(files.entry("pub mod geo;\ni32 main() { return 0; }")))
                .containsExactly("src/geo/mod.bd:1:1: error[E0208]: no file for module `shapes`: looked for"
                        + " `geo/shapes.bd` and `geo/shapes/mod.bd`");
    }

    @Test
    void testLoad_ownModDeclarationMustAgree() {
        Files files = new Files()
                .with("geo/mod.bd", "mod geo;\npub mod shapes;")
                .with("geo/shapes.bd", "mod geo.shape;\npub i32 n() { return 1; }");
        assertThat(errors(files.entry("pub mod geo;\ni32 main() { return geo.shapes.n(); }")))
                .containsExactly("src/geo/shapes.bd:1:1: error[E0209]: this file is loaded as module `geo.shapes`"
                        + " (from `geo/shapes.bd`), but `mod geo.shape;` names another module");
    }

    @Test
    void testLoad_ownModDeclarationOnlyFirst() {
        Files files = new Files();
        assertThat(errors(files.entry("i32 main() { return 0; }\nmod other;")))
                .singleElement()
                .asString()
                .startsWith("src/main.bd:2:1: error[E0209]: `mod other;` names this file's own module");
    }

    @Test
    void testLoad_ownModDeclarationTakesNoAttributes() {
        Files files = new Files();
        // `Doc` is declared nowhere either, which the checker reports on its own (E0211)
        assertThat(errors(files.entry("[Doc] mod app;\ni32 main() { return 0; }")))
                .hasSize(2)
                .first()
                .asString()
                .startsWith("src/main.bd:1:1: error[E0111]: attributes are not allowed on a file's own module");
    }

    @Test
    void testLoad_moduleFileDeclaredInsideAnInlineModule() {
        Files files = new Files().with("util.bd", "");
        assertThat(errors(files.entry("mod inner { pub mod util; }\ni32 main() { return 0; }")))
                .singleElement()
                .asString()
                .startsWith("src/main.bd:1:13: error[E0405]: a module file is declared at the top of a file");
    }

    @Test
    void testLoad_childModuleNamedLikeATypeOfItsParent() {
        Files files = new Files().with("Point.bd", "");
        assertThat(errors(files.entry("pub mod Point;\ntype Point { i32 x }\ni32 main() { return 0; }")))
                .containsExactly(
                        "src/main.bd:1:1: error[E0203]: the module `Point` has the name of a type of its module");
    }

    @Test
    void testLoad_cycleIsAnError() {
        Files files = new Files().with("main.bd", "pub mod main;");
        assertThat(errors(files.entry("pub mod main;\ni32 main() { return 0; }")))
                .containsExactly("src/main.bd:1:1: error[E0210]: module files load each other in a cycle:"
                        + " main.bd -> main.bd");
        assertThat(files.asked).isEmpty(); // the entry is never read again
    }

    @Test
    void testLoad_unreadableFileIsADiagnostic() {
        SourceLoader broken = path -> {
            throw new IOException("permission denied");
        };
        SourceSet program = new SourceSet(SourceUnit.of("main.bd", "pub mod util;\ni32 main() { return 0; }"), broken);
        assertThat(errors(program))
                .containsExactly("main.bd:1:1: error[E0208]: cannot read `util.bd`: permission denied");
    }

    @Test
    void testPaths_typesEnumsAndContractsOfAnotherModule() {
        Files files = new Files().with("shapes.bd", """
                        pub contract Sized { i32 Size(); }
                        pub type Box : Sized { i32 v }
                        impl Box { i32 Size() { return this.v; } }
                        pub enum Kind { Small, Big(i32 n) }
                        pub Kind kindOf(i32 n) { if n < 10 { return Kind::Small; } return Kind::Big(n); }
                        """);
        SourceSet program = files.entry("""
                pub mod shapes;
                use shapes.Sized;
                use shapes.Kind as K;
                i32 size(Sized s) { return s.Size(); }
                i32 main() {
                    shapes.Box b = shapes.Box { v: 12 };
                    return match shapes.kindOf(size(b)) {
                        K::Small => 1,
                        K::Big(n) => n,
                    };
                }
                """);
        assertThat(Programs.run(program).exit()).isEqualTo(12);
    }

    @Test
    void testVisibility_privateFunctionOfAnotherModule() {
        Files files = new Files().with("util.bd", "i32 hidden() { return 1; }\npub i32 shown() { return hidden(); }");
        assertThat(errors(files.entry("pub mod util;\ni32 main() { return util.hidden(); }")))
                .containsExactly("src/main.bd:2:26: error[E0207]: the function `hidden` of module `util` is not pub");
        assertThat(errors(files.entry("pub mod util;\nuse util.hidden;\ni32 main() { return 0; }")))
                .containsExactly("src/main.bd:2:1: error[E0207]: `util.hidden` is not pub");
    }

    @Test
    void testVisibility_privateTypeOfAnotherModule() {
        Files files = new Files().with("util.bd", "type Secret { i32 v }\npub enum Open { A }");
        assertThat(errors(files.entry("pub mod util;\nuse util.Secret;\ni32 main() { return 0; }")))
                .containsExactly("src/main.bd:2:1: error[E0207]: `util.Secret` is not pub");
        assertThat(errors(
                        files.entry("pub mod util;\ni32 main() { util.Secret s = util.Secret { v: 1 }; return s.v; }")))
                .containsExactly(
                        "src/main.bd:2:14: error[E0207]: the type `Secret` of module `util` is not pub",
                        "src/main.bd:2:30: error[E0207]: the type `Secret` of module `util` is not pub");
    }

    @Test
    void testVisibility_parentItemsAreNotInAChildsScope() {
        Files files = new Files().with("util.bd", "pub i32 n() { return helper(); }");
        assertThat(errors(files.entry("pub mod util;\ni32 helper() { return 1; }\ni32 main() { return util.n(); }")))
                .containsExactly("src/util.bd:1:22: error[E0201]: undefined name `helper`");
    }

    @Test
    void testVisibility_fullPathFromTheRootAndUseOfAModule() {
        Files files = new Files()
                .with("a.bd", "pub i32 one() { return 1; }")
                .with("b.bd", "use a;\npub i32 two() { return a.one() + main.three() - 2; }");
        SourceSet program = files.entry(
                "pub mod a;\npub mod b;\npub i32 three() { return 3; }\n" + "i32 main() { return b.two(); }");
        assertThat(Programs.run(program).exit()).isEqualTo(2);
    }

    @Test
    void testErrors_eachNamesItsFile() {
        Files files = new Files().with("util.bd", "pub i32 n() {\n    return \"x\";\n}");
        assertThat(errors(files.entry("pub mod util;\ni32 main() { return undefined; }")))
                .containsExactly(
                        "src/main.bd:2:21: error[E0201]: undefined name `undefined`",
                        "src/util.bd:2:12: error[E0301]: type mismatch: expected i32, found string");
    }

    @Test
    void testPanic_namesTheModuleFile() {
        Files files = new Files().with("deep/util.bd", "\n\npub unit boom() {\n    __panic_str(\"deep\");\n}");
        Programs.Run r = Programs.run(files.entry("pub mod deep.util;\ni32 main() { deep.util.boom(); return 0; }"));
        assertThat(r.exit()).isEqualTo(101);
        assertThat(r.err()).contains("panic: deep").contains("at deep/util.bd:4");
    }

    @Test
    void testArtifact_sourceHashCoversEveryFile() {
        Files one = new Files().with("util.bd", "pub i32 n() { return 1; }");
        Files other = new Files().with("util.bd", "pub i32 n() { return 2; }");
        String main = "pub mod util;\ni32 main() { return util.n(); }";
        LoweredArtifact a = Programs.lower(one.entry(main));
        LoweredArtifact b = Programs.lower(other.entry(main));
        assertThat(a.sourceHash()).isNotEqualTo(b.sourceHash());
        assertThat(Programs.lower(one.entry(main)).sourceHash()).isEqualTo(a.sourceHash());
    }

    @Test
    void testSingleFile_moduleDeclarationFindsNoFile() {
        assertThat(Programs.LOWERING
                        .check(SourceUnit.of("main.bd", "pub mod util;\ni32 main() { return 0; }"))
                        .diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly("E0208");
    }
}
