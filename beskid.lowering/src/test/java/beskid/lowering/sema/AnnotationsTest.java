package beskid.lowering.sema;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.ast.BreakStmt;
import beskid.lowering.ast.EnumCtorExpr;
import beskid.lowering.ast.EnumDecl;
import beskid.lowering.ast.IntLit;
import beskid.lowering.ast.LambdaExpr;
import beskid.lowering.ast.NameExpr;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.ast.StructLit;
import beskid.lowering.ast.TryExpr;
import beskid.lowering.ast.TypeDecl;
import beskid.lowering.ast.WildcardPattern;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the checker notes for the emitter is read back per node, with defaults for nodes it did not note. */
class AnnotationsTest {
    private static final SourcePos AT = new SourcePos(10, 2, 3);

    @Test
    void testNotes_defaultsForNodesNothingWasNotedAbout() {
        Annotations ann = new Annotations(16);
        NameExpr e = new NameExpr(AT, "x");
        assertThat(ann.type(e)).isEqualTo(Prim.ERROR);
        assertThat(ann.conversion(e)).isNull();
        assertThat(ann.constant(e)).isNull();
        assertThat(ann.resolution(e)).isNull();
        assertThat(ann.noteOf(e).conversion()).isNull();
        ann.setType(e, Prim.I64);
        assertThat(ann.conversion(e)).isNull();
        assertThat(ann.type(e)).isEqualTo(Prim.I64);
        ann.setConversion(e, Prim.I32);
        assertThat(ann.conversion(e)).isEqualTo(Prim.I32);
        assertThat(ann.noteOf(e).conversion()).isEqualTo(Prim.I32);
    }

    @Test
    void testConstants_readAsLongsIncludingTheirLow64BitsWhenWider() {
        Annotations ann = new Annotations(16);
        IntLit small = new IntLit(AT, BigInteger.valueOf(-7));
        IntLit wide = new IntLit(
                new SourcePos(20, 2, 13), BigInteger.ONE.shiftLeft(64).add(BigInteger.valueOf(5)));
        IntLit none = new IntLit(new SourcePos(30, 2, 23), BigInteger.ONE);
        ann.setConstant(small, BigInteger.valueOf(-7));
        ann.setConstant(wide, wide.value());
        ann.setConstant(none, null);
        assertThat(ann.noteOf(small).longConstant()).isEqualTo(-7L);
        assertThat(ann.noteOf(small).constant()).isEqualTo(BigInteger.valueOf(-7));
        assertThat(ann.noteOf(wide).longConstant()).isEqualTo(5L);
        assertThat(ann.constant(none)).isNull();
    }

    @Test
    void testOtherTables_keepWhatWasSetPerNode() {
        Annotations ann = new Annotations(0);
        ModuleSymbol m = new ModuleSymbol("app", "app", "app.bd", null, false, List.of());
        EnumSymbol option = new EnumSymbol(m, new EnumDecl(AT, false, List.of(), null, "Option", List.of(), List.of()));
        VariantSymbol some = new VariantSymbol(option, "Some", 0, List.of());
        LambdaExpr lambda = new LambdaExpr(AT, List.of(), new NameExpr(AT, "x"));
        LambdaInfo info = new LambdaInfo(new FnType(Prim.UNIT, List.of()), List.of(), List.of());
        StructLit lit = new StructLit(AT, null, List.of());
        TryExpr t = new TryExpr(AT, new NameExpr(AT, "r"));
        TryInfo tryInfo = new TryInfo(new EnumType(option, List.of()), some, Prim.I32, true);
        EnumCtorExpr ctor = new EnumCtorExpr(AT, null, "Some", List.of(), false);
        WildcardPattern p = new WildcardPattern(AT);
        BreakStmt nested = new BreakStmt(AT);
        BreakStmt plain = new BreakStmt(AT);

        assertThat(ann.lambda(lambda)).isNull();
        assertThat(ann.patternType(p)).isEqualTo(Prim.ERROR);
        ann.setLambda(lambda, info);
        StructType box = new StructType(
                new StructSymbol(
                        m, new TypeDecl(AT, false, List.of(), null, "Box", List.of(), List.of(), List.of(), List.of())),
                List.of());
        ann.setStruct(lit, box);
        ann.setTry(t, tryInfo);
        ann.setVariant(ctor, some);
        ann.setPatternType(p, new EnumType(option, List.of()));
        ann.markNestedJump(nested);

        assertThat(ann.lambda(lambda)).isSameAs(info);
        assertThat(ann.tryInfo(t)).isSameAs(tryInfo);
        assertThat(ann.struct(lit)).isSameAs(box);
        assertThat(ann.variant(ctor)).isSameAs(some);
        assertThat(ann.patternType(p)).isEqualTo(new EnumType(option, List.of()));
        assertThat(ann.isNestedJump(nested)).isTrue();
        assertThat(ann.isNestedJump(plain)).isFalse();
    }
}
