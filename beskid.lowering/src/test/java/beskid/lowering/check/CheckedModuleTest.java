package beskid.lowering.check;

import static beskid.lowering.emit.Programs.errors;
import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.SourceSet;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.ast.BinaryExpr;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.LocalDecl;
import beskid.lowering.ast.UnaryExpr;
import beskid.lowering.diag.Diagnostics;
import beskid.lowering.load.Program;
import beskid.lowering.load.ProgramLoader;
import beskid.lowering.sema.Annotations;
import beskid.lowering.sema.CheckedModule;
import beskid.lowering.sema.EnumSymbol;
import beskid.lowering.sema.FieldSymbol;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.StructSymbol;
import beskid.lowering.sema.VariantSymbol;
import beskid.lowering.syntax.Parser;
import beskid.lowering.syntax.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What the checker records for the emitter (the annotations and symbols of a checked module),
 * and the limits the checker enforces for it.
 */
class CheckedModuleTest {
    private static final ModuleLoader STD = new ModuleLoader(
            (path, text, reporter) -> {
                SourceText source = SourceText.of(path, text);
                return Parser.parse(source, new Diagnostics(source));
            },
            CheckedModuleTest.class.getClassLoader());

    private static CheckedModule checked(String source) {
        Program program = ProgramLoader.load(SourceSet.of(SourceUnit.of("test.bd", source)));
        assertThat(program.hasErrors()).isFalse();
        List<String> errors = new ArrayList<>();
        CheckedModule m = ModuleChecker.check(program.root(), STD, (pos, code, message) -> errors.add(message));
        assertThat(errors).isEmpty();
        return m;
    }

    private static Expr init(CheckedModule m, String function, int statement) {
        return ((LocalDecl) m.module()
                        .functions()
                        .get(function)
                        .decl()
                        .body()
                        .statements()
                        .get(statement))
                .init();
    }

    @Test
    void testCheck_everyNodeOfAConstantTreeTakesTheLocalsType() {
        CheckedModule m = checked("unit f() {\n    i64 a = 1 + 2 * -3;\n    i64 b = -(4 - 5);\n}\n");
        Annotations ann = m.annotations();
        BinaryExpr a = (BinaryExpr) init(m, "f", 0);
        BinaryExpr product = (BinaryExpr) a.right();
        UnaryExpr negated = (UnaryExpr) product.right();
        for (Expr e : List.of(a, a.left(), product, product.left(), negated, negated.operand())) {
            assertThat(ann.type(e)).as(e.toString()).isEqualTo(Prim.I64);
        }
        assertThat(ann.constant(a)).hasToString("-5");
        UnaryExpr b = (UnaryExpr) init(m, "f", 1);
        BinaryExpr difference = (BinaryExpr) b.operand();
        for (Expr e : List.of(b, difference, difference.left(), difference.right())) {
            assertThat(ann.type(e)).as(e.toString()).isEqualTo(Prim.I64);
        }
    }

    @Test
    void testCheck_fieldsAndVariantsAreNumberedInDeclarationOrder() {
        CheckedModule m = checked("type P { i32 a, string b, bool c }\nenum E { A, B(i32 x, string y), C(bool z) }\n");
        StructSymbol p = (StructSymbol) m.module().types().get("P");
        assertThat(p.fields().values().stream().map(FieldSymbol::index)).containsExactly(0, 1, 2);
        EnumSymbol e = (EnumSymbol) m.module().types().get("E");
        assertThat(e.variants().stream().map(VariantSymbol::index)).containsExactly(0, 1, 2);
        assertThat(e.variant("B").fields().stream().map(FieldSymbol::index)).containsExactly(0, 1);
    }

    private static String params(int count, String type) {
        return IntStream.range(0, count).mapToObj(i -> type + " p" + i).collect(Collectors.joining(", "));
    }

    @Test
    void testCheck_parametersFitTheJvmsSlotLimit() {
        // i64 and f64 values take two slots, a ref one, a method's receiver one: 255 is the limit
        String atLimit = "unit f(" + params(127, "i64") + ", i32 last) { }\n";
        String wideRefs = "unit g(" + params(254, "ref f64") + ") { }\n";
        String over = "unit h(" + params(127, "f64") + ", i32 a, i32 b) { }\n";
        String method = "type T { i32 x }\nimpl T { unit m(" + params(127, "i64") + ", i32 last) { } }\n";
        assertThat(errors(atLimit + wideRefs)).isEmpty();
        assertThat(errors(over))
                .containsExactly(
                        "test.bd:1:1: error[E0406]: the parameters of `h` need 256 JVM slots, more than the limit of 255 (i64 and f64 take two); pass a struct instead");
        assertThat(errors(method))
                .containsExactly(
                        "test.bd:2:10: error[E0406]: the parameters of `m` need 256 JVM slots, more than the limit of 255 (i64 and f64 take two); pass a struct instead");
    }

    @Test
    void testCheck_aLongFlatChainChecksWithoutDeepRecursion() {
        String chain = IntStream.range(0, 20_000).mapToObj(i -> "a").collect(Collectors.joining(" + "));
        assertThat(errors("i32 f(i32 a) {\n    i64 x = 1;\n    return " + chain + " + x;\n}\n"))
                .hasSize(1)
                .allMatch(e -> e.startsWith("test.bd:3:") && e.contains("mismatched integer types i32 and i64"));
    }
}
