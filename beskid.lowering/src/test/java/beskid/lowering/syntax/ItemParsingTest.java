package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.ast.AttributeDecl;
import beskid.lowering.ast.AttributeUse;
import beskid.lowering.ast.ContractDecl;
import beskid.lowering.ast.EnumDecl;
import beskid.lowering.ast.FunctionDecl;
import beskid.lowering.ast.ImplDecl;
import beskid.lowering.ast.InlineModDecl;
import beskid.lowering.ast.Item;
import beskid.lowering.ast.ModDecl;
import beskid.lowering.ast.TypeDecl;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Items as parsed: names, `pub`, attributes, events, and where recovery picks up again. */
class ItemParsingTest {
    private static ParseSupport.Parsed parse(String source) {
        ParseSupport.Parsed parsed = ParseSupport.parse(source);
        assertThat(AstNodes.nullChildren(parsed.unit())).isEmpty();
        return parsed;
    }

    private static List<String> kinds(List<Item> items) {
        return items.stream().map(i -> i.getClass().getSimpleName()).toList();
    }

    private static List<String> functionNames(List<Item> items) {
        return items.stream()
                .filter(FunctionDecl.class::isInstance)
                .map(i -> ((FunctionDecl) i).name())
                .toList();
    }

    @Test
    void readsNamesAndPubOfDeclarations() {
        ParseSupport.Parsed p = parse("""
                pub type P { }
                type Q { }
                pub enum E { A }
                enum F { B }
                pub contract C { }
                contract D { }
                pub mod a.b;
                mod c.d;
                attribute At(test, mod, type) { }
                """);
        assertThat(p.errors()).isEmpty();
        List<Item> items = p.unit().items();
        assertThat(((TypeDecl) items.get(0)).pub()).isTrue();
        assertThat(((TypeDecl) items.get(0)).name()).isEqualTo("P");
        assertThat(((TypeDecl) items.get(1)).pub()).isFalse();
        assertThat(((EnumDecl) items.get(2)).pub()).isTrue();
        assertThat(((EnumDecl) items.get(2)).name()).isEqualTo("E");
        assertThat(((EnumDecl) items.get(3)).pub()).isFalse();
        assertThat(((ContractDecl) items.get(4)).pub()).isTrue();
        assertThat(((ContractDecl) items.get(4)).name()).isEqualTo("C");
        assertThat(((ContractDecl) items.get(5)).pub()).isFalse();
        assertThat(((ModDecl) items.get(6)).pub()).isTrue();
        assertThat(((ModDecl) items.get(6)).path()).containsExactly("a", "b");
        assertThat(((ModDecl) items.get(7)).pub()).isFalse();
        AttributeDecl at = (AttributeDecl) items.get(8);
        assertThat(at.name()).isEqualTo("At");
        assertThat(at.targets()).containsExactly("test", "mod", "type");
    }

    @Test
    void dropsADeclarationWithoutAName() {
        ParseSupport.Parsed p = parse("type 1 { }\nunit g() { }\n");
        assertThat(p.errors()).isEqualTo("1:6 E0105 expected a name after `type`, found `1`");
        assertThat(kinds(p.unit().items())).containsExactly("FunctionDecl");
    }

    @Test
    void dropsAnUnreadableAttributeTarget() {
        ParseSupport.Parsed p = parse("attribute At(1, Type) { }\n");
        assertThat(p.errors()).isEqualTo("1:14 E0105 expected an attribute target, found `1`");
        assertThat(((AttributeDecl) p.unit().items().get(0)).targets()).containsExactly("Type");
    }

    @Test
    void readsTheCapacityOfAnEvent() {
        ParseSupport.Parsed p = parse("type B { event{4} Clicked(), event Moved() }\n");
        assertThat(p.errors()).isEmpty();
        TypeDecl b = (TypeDecl) p.unit().items().get(0);
        assertThat(b.events()).extracting("capacity").containsExactly(4, 8);
    }

    @Test
    void defaultsAnOutOfRangeEventCapacityToEight() {
        ParseSupport.Parsed p = parse("type B { event{0} Clicked() }\n");
        assertThat(p.errors()).isEqualTo("1:16 E0112 event capacity must be between 1 and 2147483647");
        TypeDecl b = (TypeDecl) p.unit().items().get(0);
        assertThat(b.events()).extracting("capacity").containsExactly(8);
    }

    @Test
    void allowsAttributesOnAPubModuleReexportOnly() {
        ParseSupport.Parsed p = parse("[A] mod a.b;\n[A] pub mod c.d;\n");
        assertThat(p.errors())
                .isEqualTo("1:1 E0111 attributes are not allowed on a file's own module declaration (`mod a.b;`)");
        assertThat(((ModDecl) p.unit().items().get(1)).attributes())
                .extracting("name")
                .containsExactly("A");
    }

    @Test
    void readsPositionalAttributeArguments() {
        ParseSupport.Parsed p = parse("[A(1, k: 2)] unit f() { }\n");
        assertThat(p.errors()).isEmpty();
        AttributeUse a = ((FunctionDecl) p.unit().items().get(0)).attributes().get(0);
        assertThat(a.args()).extracting("name").containsExactly(null, "k");
    }

    @Test
    void goesOnWithTheItemAfterABrokenAttribute() {
        ParseSupport.Parsed p = parse("[1] unit f() { }\n[A(1) x] unit g() { }\n");
        assertThat(p.errors()).isEqualTo("""
                        1:2 E0105 expected an attribute name after `[`, found `1`
                        2:6 E0105 expected `]` to close the attribute, found `x`""");
        assertThat(functionNames(p.unit().items())).containsExactly("f", "g");
        assertThat(((FunctionDecl) p.unit().items().get(1)).attributes())
                .extracting("name")
                .containsExactly("A");
    }

    @Test
    void skipsABrokenMemberUpToItsSemicolon() {
        ParseSupport.Parsed p = parse("impl T { 1 2; i32 m() { } }\n");
        assertThat(p.errors()).isEqualTo("1:10 E0105 expected a method, found `1`");
        assertThat(((ImplDecl) p.unit().items().get(0)).methods())
                .extracting("name")
                .containsExactly("m");
    }

    @Test
    void endsABrokenItemOfAnInlineModuleAtTheModulesBrace() {
        ParseSupport.Parsed p = parse("mod m { 1 }\nunit g() { }\n");
        assertThat(p.errors()).startsWith("1:9 E0105 expected an item").doesNotContain("\n");
        assertThat(kinds(p.unit().items())).containsExactly("InlineModDecl", "FunctionDecl");
        assertThat(((InlineModDecl) p.unit().items().get(0)).items()).isEmpty();
    }

    @Test
    void resumesAfterABrokenItemOnlyWhereALineStarts() {
        // `i32 g() { }` starts after the group that began on line 1, not a line: it is skipped.
        ParseSupport.Parsed p = parse("1 (\n) i32 g() { }\nunit h() { }\n");
        assertThat(p.errors()).startsWith("1:1 E0105 expected an item").doesNotContain("\n");
        assertThat(functionNames(p.unit().items())).containsExactly("h");
    }
}
