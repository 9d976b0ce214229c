package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.ast.FunctionDecl;
import beskid.lowering.ast.FunctionType;
import beskid.lowering.ast.LocalDecl;
import beskid.lowering.ast.NamedType;
import beskid.lowering.ast.RefType;
import beskid.lowering.ast.TypeDecl;
import org.junit.jupiter.api.Test;

/** Types and type parameters as parsed, and how a broken one is reported. */
class TypeParsingTest {
    private static ParseSupport.Parsed parse(String source) {
        ParseSupport.Parsed parsed = ParseSupport.parse(source);
        assertThat(AstNodes.nullChildren(parsed.unit())).isEmpty();
        return parsed;
    }

    @Test
    void readsARefParameterOfAFunctionType() {
        ParseSupport.Parsed p = parse("unit f() { (ref i32) => unit cb = h; }\n");
        assertThat(p.errors()).isEmpty();
        LocalDecl local = (LocalDecl)
                ((FunctionDecl) p.unit().items().get(0)).body().statements().get(0);
        FunctionType type = (FunctionType) local.type();
        assertThat(((RefType) type.params().get(0)).inner()).isInstanceOf(NamedType.class);
    }

    @Test
    void readsAParenthesisAfterATypeAsParametersOnlyWhenTheyAreTypes() {
        ParseSupport.Parsed p = parse("type T { R(1) x, S( y }\n");
        assertThat(p.errors()).isEqualTo("""
                1:11 E0105 expected a field name after the field type, found `(`
                1:19 E0105 expected a field name after the field type, found `(`""");
    }

    @Test
    void keepsTheTypeParametersBeforeABrokenOne() {
        ParseSupport.Parsed p = parse("type P<T, 1> { }\nunit f<1, U>(i32 x) { }\n");
        assertThat(p.errors()).isEqualTo("""
                1:10 E0105 expected a type parameter name, found `1`
                2:8 E0105 expected a type parameter name, found `1`""");
        assertThat(((TypeDecl) p.unit().items().get(0)).typeParams()).containsExactly("T");
        FunctionDecl f = (FunctionDecl) p.unit().items().get(1);
        assertThat(f.params()).extracting("name").containsExactly("x");
    }
}
