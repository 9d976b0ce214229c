package beskid.lowering.check;

import static beskid.lowering.emit.Programs.errors;
import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.Diagnostic;
import beskid.lowering.api.SourceLoader;
import beskid.lowering.api.SourceSet;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.emit.Programs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names across modules: {@code use} of modules and items (inline modules' own uses included),
 * pub checks per kind of item, qualified type names, and full paths from the program's root
 * in files of other modules.
 */
class ModuleResolutionTest {
    private static final String INNER = """
            mod inner {
                use Std.Nope;
                use Std.System.IO;
                pub unit Hi() { IO.Println("hi"); }
                type Hidden { i32 x }
                pub type Shown { i32 x }
                enum HiddenE { A }
                pub enum ShownE { A }
                contract HiddenC { i32 M(); }
                pub contract ShownC { i32 M(); }
                i32 hiddenF() { return 1; }
                pub i32 shownF() { return 2; }
                mod deep {
                    pub i32 F() { return 7; }
                    pub type Point { i32 x }
                }
                mod Box {
                    pub type Box { i32 v }
                }
            }
            """;

    @Test
    void testUse_pubChecksPerKindAndUnknownPaths() {
        assertThat(errors("app.bd", INNER + """
                use nothing;
                use inner.nope;
                use inner.Hidden;
                use inner.Shown;
                use inner.HiddenE;
                use inner.ShownE;
                use inner.HiddenC;
                use inner.ShownC;
                use inner.hiddenF;
                use inner.shownF;
                use inner.deep;
                use inner.deep.Point;
                use inner.Shown as S;
                use inner.shownF as S;
                i32 main() { return 0; }
                """))
                .containsExactly(
                        "app.bd:2:5: error[E0204]: unknown module or item `Std.Nope`",
                        "app.bd:21:1: error[E0204]: unknown module or item `nothing`",
                        "app.bd:22:1: error[E0204]: unknown module or item `inner.nope`",
                        "app.bd:23:1: error[E0207]: `inner.Hidden` is not pub",
                        "app.bd:25:1: error[E0207]: `inner.HiddenE` is not pub",
                        "app.bd:27:1: error[E0207]: `inner.HiddenC` is not pub",
                        "app.bd:29:1: error[E0207]: `inner.hiddenF` is not pub",
                        "app.bd:34:1: error[E0203]: the name `S` is imported twice");
    }

    @Test
    void testUse_importedItemsAndNestedModulesAreUsable() {
        Programs.Run r = Programs.run("app.bd", INNER.replace("    use Std.Nope;\n", "") + """
                use Std.System.IO;
                use inner.Shown;
                use inner.ShownE;
                use inner.deep;
                use inner.deep.Point;
                use inner.Shown as S;
                use inner.shownF;
                use app.inner.deep.F as Seven;
                i32 main() {
                    inner.Hi();
                    Shown s = Shown { x: 1 };
                    S s2 = S { x: 10 };
                    Point p = Point { x: 100 };
                    inner.deep.Point q = inner.deep.Point { x: 1000 };
                    inner.Box b = inner.Box.Box { v: 10000 };
                    ShownE e = ShownE::A;
                    IO.Println("${s.x + s2.x + p.x + q.x + b.v} ${deep.F() + Seven() + app.other() + shownF()}");
                    return 0;
                }
                i32 other() { return 1; }
                """);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("hi\n11111 17\n");
    }

    @Test
    void testNames_unknownModulesAndTypesInPaths() {
        assertThat(errors("app.bd", INNER.replace("    use Std.Nope;\n", "") + """
                i32 main() {
                    inner.Shown s = inner.Shown { x: 1 };
                    inner.nope.Point r = 1;
                    inner.Shown.X z = s;
                    nope.Box.Box w = 1;
                    return nope.f() + app.nope() + inner.deep.G();
                }
                """))
                .containsExactly(
                        "app.bd:22:5: error[E0202]: unknown type `inner.nope.Point`",
                        "app.bd:23:5: error[E0202]: unknown type `inner.Shown.X`",
                        "app.bd:24:5: error[E0202]: unknown type `nope.Box.Box`",
                        "app.bd:25:12: error[E0201]: undefined name `nope`",
                        "app.bd:25:27: error[E0201]: the module `app` has no function `nope`",
                        "app.bd:25:47: error[E0201]: the module `app.inner.deep` has no function `G`");
    }

    @Test
    void testUse_aModuleNamesItsNamesakeTypeInTypePosition() {
        assertThat(out("""
                use Std.System.IO;
                use Std.Collections.List;
                unit main() {
                    List<i32> l = List.New();
                    List.Push(l, 4);
                    IO.Println("${List.Len(l)} ${List.Get(l, 0)}");
                }
                """)).isEqualTo("1 4\n");
        assertThat(errors("app.bd", "use Std.System.IO;\nunit main() { IO x = 1; }\n"))
                .containsExactly("app.bd:2:15: error[E0202]: unknown type `IO`");
    }

    private static String out(String source) {
        Programs.Run r = Programs.run("app.bd", source);
        assertThat(r.err()).isEmpty();
        return r.out();
    }

    @Test
    void testAttributes_onAModuleDeclarationOfAnotherFile() {
        SourceSet p = program(
                "[Nope]\npub mod util;\ni32 main() { return util.F(); }\n",
                Map.of("util.bd", "pub i32 F() { return 1; }\n"));
        assertThat(Programs.LOWERING.check(p).diagnostics().stream()
                        .map(Diagnostic::header)
                        .toList())
                .containsExactly(
                        "main.bd:1:1: error[E0211]: unknown attribute `Nope`; declare it with `attribute Nope(Targets) { ... }`");
    }

    /** Files beside the entry {@code main.bd}, by path. */
    private static SourceSet program(String main, Map<String, String> files) {
        SourceLoader loader = path -> files.containsKey(path) ? SourceUnit.of(path, files.get(path)) : null;
        return new SourceSet(SourceUnit.of("main.bd", main), loader);
    }

    @Test
    void testFullPaths_fromTheProgramRootInAnyFile() {
        SourceSet p = program(
                """
                use Std.System.IO;
                pub mod util;
                pub mod geo;
                mod local { pub i32 Three() { return 3; } }
                pub i32 One() { return 1; }
                unit main() { IO.Println("${util.Sum()}"); }
                """,
                Map.of(
                        "util.bd",
                        "pub i32 Sum() { return geo.Two() + main.One() + local.Three() + util.Ten(); }\n"
                                + "pub i32 Ten() { return 10; }\n",
                        "geo.bd",
                        "pub i32 Two() { return 2; }\n"));
        Programs.Run r = Programs.run(p);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("16\n");
    }

    @Test
    void testFullPaths_unknownFirstSegmentInAnotherFile() {
        SourceSet p = program(
                "pub mod util;\ni32 main() { return util.F(); }\n",
                Map.of("util.bd", "pub i32 F() { return nowhere.G() + util.G(); }\npub i32 G() { return 1; }\n"));
        List<String> diags = Programs.LOWERING.check(p).diagnostics().stream()
                .map(Diagnostic::header)
                .toList();
        assertThat(diags).containsExactly("util.bd:1:22: error[E0201]: undefined name `nowhere`");
    }
}
