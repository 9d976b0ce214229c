package beskid.lowering.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.ast.ArrayType;
import beskid.lowering.ast.CompilationUnit;
import beskid.lowering.ast.FunctionDecl;
import beskid.lowering.ast.FunctionType;
import beskid.lowering.ast.NamedType;
import beskid.lowering.ast.RefType;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.ast.TypeRef;
import beskid.lowering.diag.Diagnostics;
import beskid.lowering.syntax.Parser;
import beskid.lowering.syntax.SourceText;
import beskid.lowering.syntax.SyntaxDetails;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a written type ends among the tokens and the declared name right after it. */
class TypeTokensTest {
    static final String FUNCTIONS = """
            geo.Shape fa() {}
            Map<i64, List<i64>> fb() {}
            i64[][] fc() {}
            ref i64 fd() {}
            i64(i64, i64(i64)) fe() {}
            (i64, i64) => i64 ff() {}
            List<i64[]> fg() {}
            a.b.C<i64> fh() {}
            i64 fi() {}
            """;

    DocumentText doc;
    final Map<String, TypeRef> returnTypes = new LinkedHashMap<>();

    void parse(String text) {
        SourceText source = SourceText.decode("t.bd", text.getBytes(StandardCharsets.UTF_8), 7);
        SyntaxDetails details = new SyntaxDetails();
        CompilationUnit unit = Parser.parse(source, new Diagnostics(source), details);
        returnTypes.clear();
        doc = new DocumentText("file:///t.bd", source, details.tokens(), details.comments());
        unit.items().forEach(i -> {
            if (i instanceof FunctionDecl f) {
                returnTypes.put(f.name(), f.returnType());
            }
        });
    }

    int nameOffset(String name) {
        int i = TypeTokens.nameAfter(doc, returnTypes.get(name), name);
        return i < 0 ? -1 : doc.token(i).offset() - doc.base();
    }

    @Test
    void testNameAfterEachKindOfWrittenType() {
        parse(FUNCTIONS);
        assertThat(returnTypes).hasSize(9);
        returnTypes.forEach((name, type) -> {
            int at = FUNCTIONS.indexOf(" " + name + "(") + 1;
            assertThat(nameOffset(name)).as(name).isEqualTo(at);
            assertThat(TypeTokens.end(doc, type)).as(name).isEqualTo(doc.tokenStartingAt(doc.base() + at));
            assertThat(TypeTokens.nameAfter(doc, type, "other")).as(name).isEqualTo(-1);
        });
    }

    static SourcePos at(int offset) {
        return new SourcePos(7 + offset, 1, offset + 1);
    }

    static NamedType named(int offset, String... path) {
        return new NamedType(at(offset), List.of(path), List.of());
    }

    @Test
    void testNameAfterMut() {
        parse("i64 mut x");
        assertThat(TypeTokens.nameAfter(doc, named(0, "i64"), "x")).isEqualTo(2);
        assertThat(TypeTokens.nameAfter(doc, named(0, "i64"), "mut")).isEqualTo(-1);
        parse("i64 x");
        assertThat(TypeTokens.nameAfter(doc, named(0, "i64"), "x")).isEqualTo(1);
        parse("i64");
        assertThat(TypeTokens.nameAfter(doc, named(0, "i64"), "x")).isEqualTo(-1);
    }

    @Test
    void testTypesTheTokensDoNotMatch() {
        parse("i64 x");
        NamedType off = named(1, "i64"); // not where a token starts
        assertThat(TypeTokens.end(doc, off)).isEqualTo(-1);
        assertThat(TypeTokens.nameAfter(doc, off, "x")).isEqualTo(-1);
        assertThat(TypeTokens.end(doc, new ArrayType(at(0), off))).isEqualTo(-1);
        assertThat(TypeTokens.end(doc, new RefType(at(0), off))).isEqualTo(-1);
        assertThat(TypeTokens.end(doc, new FunctionType(at(0), off, List.of()))).isEqualTo(-1);
        assertThat(TypeTokens.end(doc, new NamedType(at(0), List.of("i64"), List.of(off))))
                .isEqualTo(-1);
        // the parser's stand-in for an unreadable type covers one token
        assertThat(TypeTokens.end(doc, named(0, NamedType.ERROR_NAME))).isEqualTo(1);
        // a result type without its parameter list
        assertThat(TypeTokens.end(doc, new FunctionType(at(0), named(0, "i64"), List.of())))
                .isEqualTo(1);
        // a generic whose closing > is missing ends after its last argument
        parse("List<i64 x");
        assertThat(TypeTokens.end(doc, new NamedType(at(0), List.of("List"), List.of(named(5, "i64")))))
                .isEqualTo(3);
    }

    @Test
    void testResultTypeWithUnclosedParameterList() {
        parse("i64(i64, (i64) x");
        FunctionType f = new FunctionType(at(0), named(0, "i64"), List.of(named(4, "i64")));
        assertThat(TypeTokens.end(doc, f)).isEqualTo(-1);
        parse("i64(i64, (i64)) x");
        assertThat(TypeTokens.end(doc, f)).isEqualTo(8);
        assertThat(TypeTokens.nameAfter(doc, f, "x")).isEqualTo(8);
    }
}
