package beskid.lowering.sema;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.ast.ContractDecl;
import beskid.lowering.ast.EnumDecl;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.ast.TypeDecl;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The operations on checked types the checker builds its rules on: display in messages,
 * assignability, substitution of type arguments and their inference by unification.
 */
class TypesTest {
    private static final SourcePos AT = new SourcePos(0, 1, 1);
    private static final ModuleSymbol MODULE = new ModuleSymbol("app", "app", "app.bd", null, false, List.of());

    private static StructSymbol struct(String name, String... typeParams) {
        return new StructSymbol(
                MODULE,
                new TypeDecl(AT, false, List.of(), null, name, List.of(typeParams), List.of(), List.of(), List.of()));
    }

    private static EnumSymbol enumSymbol(String name, String... typeParams) {
        return new EnumSymbol(MODULE, new EnumDecl(AT, false, List.of(), null, name, List.of(typeParams), List.of()));
    }

    private static ContractSymbol contract(String name) {
        return new ContractSymbol(MODULE, new ContractDecl(AT, false, List.of(), null, name, List.of(), List.of()));
    }

    private final StructSymbol box = struct("Box", "T");
    private final EnumSymbol option = enumSymbol("Option", "T");
    private final TypeParam t = box.typeParams().get(0);
    private final TypeParam u = new TypeParam("U", "fn");

    @Test
    void testDisplay_asTheProgrammerWritesTheType() {
        assertThat(new StructType(box, List.of(Prim.I32)).display()).isEqualTo("Box<i32>");
        assertThat(new StructType(struct("Plain"), List.of()).display()).isEqualTo("Plain");
        assertThat(new EnumType(enumSymbol("Pair", "A", "B"), List.of(Prim.STRING, new ArrayOf(Prim.U8))).display())
                .isEqualTo("Pair<string, u8[]>");
        assertThat(new FnType(Prim.BOOL, List.of(Prim.I64, t)).display()).isEqualTo("bool(i64, T)");
        assertThat(new RefOf(Prim.I32).display()).isEqualTo("ref i32");
        assertThat(new ContractType(contract("Named")).display()).isEqualTo("Named");
        assertThat(t.display()).isEqualTo("T");
    }

    @Test
    void testIsReference_identityComparableValues() {
        assertThat(List.<Type>of(
                        new StructType(box, List.of(Prim.I32)),
                        new EnumType(option, List.of(Prim.I32)),
                        new ContractType(contract("C")),
                        new FnType(Prim.UNIT, List.of()),
                        new ArrayOf(Prim.I32),
                        Prim.STRING,
                        t))
                .allMatch(Types::isReference);
        assertThat(List.<Type>of(Prim.I32, Prim.BOOL, Prim.F64, Prim.CHAR, Prim.UNIT, new RefOf(Prim.STRING)))
                .noneMatch(Types::isReference);
    }

    @Test
    void testAssignable_sameTypeIntegersAndLenientTypes() {
        assertThat(Types.assignable(Prim.I32, Prim.I64)).isTrue();
        assertThat(Types.assignable(Prim.U8, Prim.I32)).isTrue();
        assertThat(Types.assignable(Prim.I32, Prim.F64)).isFalse();
        assertThat(Types.assignable(Prim.UNTYPED_INT, Prim.U8)).isTrue();
        assertThat(Types.assignable(Prim.UNTYPED_INT, Prim.F64)).isTrue();
        assertThat(Types.assignable(Prim.UNTYPED_INT, Prim.STRING)).isFalse();
        assertThat(Types.assignable(Prim.NEVER, Prim.STRING)).isTrue();
        assertThat(Types.assignable(Prim.ERROR, Prim.STRING)).isTrue();
        assertThat(Types.assignable(Prim.STRING, Prim.ERROR)).isTrue();
        assertThat(Types.assignable(Prim.STRING, Prim.NEVER)).isFalse();
        assertThat(Types.assignable(new StructType(box, List.of(Prim.I32)), new StructType(box, List.of(Prim.I32))))
                .isTrue();
        assertThat(Types.assignable(new StructType(box, List.of(Prim.I32)), new StructType(box, List.of(Prim.I64))))
                .isFalse();
    }

    @Test
    void testAssignable_structToTheContractsItImplementsAndContractsToWhatTheyEmbed() {
        ContractSymbol named = contract("Named");
        ContractSymbol shown = contract("Shown");
        ContractSymbol other = contract("Other");
        shown.embedded().add(named);
        StructSymbol dog = struct("Dog");
        dog.contracts().add(shown);
        StructType dogType = new StructType(dog, List.of());
        assertThat(Types.assignable(dogType, new ContractType(shown))).isTrue();
        assertThat(Types.assignable(dogType, new ContractType(named))).isTrue();
        assertThat(Types.assignable(dogType, new ContractType(other))).isFalse();
        assertThat(Types.assignable(new ContractType(shown), new ContractType(named)))
                .isTrue();
        assertThat(Types.assignable(new ContractType(named), new ContractType(shown)))
                .isFalse();
        assertThat(Types.assignable(Prim.STRING, new ContractType(named))).isFalse();
        assertThat(Types.assignable(new ContractType(named), dogType)).isFalse();
    }

    @Test
    void testAssignable_contractsEmbeddingEachOtherInACycleStillAnswer() {
        ContractSymbol a = contract("A");
        ContractSymbol b = contract("B");
        ContractSymbol other = contract("Other");
        a.embedded().add(b);
        b.embedded().add(a);
        assertThat(Types.assignable(new ContractType(a), new ContractType(other)))
                .isFalse();
        assertThat(Types.assignable(new ContractType(a), new ContractType(b))).isTrue();
    }

    @Test
    void testSubstitute_replacesBoundParametersEverywhere() {
        Map<TypeParam, Type> bindings = Map.of(t, Prim.I64);
        assertThat(Types.substitute(t, bindings)).isEqualTo(Prim.I64);
        assertThat(Types.substitute(u, bindings)).isEqualTo(u);
        assertThat(Types.substitute(Prim.BOOL, bindings)).isEqualTo(Prim.BOOL);
        assertThat(Types.substitute(new StructType(box, List.of(t)), bindings))
                .isEqualTo(new StructType(box, List.of(Prim.I64)));
        assertThat(Types.substitute(new EnumType(option, List.of(t)), bindings))
                .isEqualTo(new EnumType(option, List.of(Prim.I64)));
        assertThat(Types.substitute(new ArrayOf(t), bindings)).isEqualTo(new ArrayOf(Prim.I64));
        assertThat(Types.substitute(new RefOf(t), bindings)).isEqualTo(new RefOf(Prim.I64));
        assertThat(Types.substitute(new FnType(t, List.of(t, u)), bindings))
                .isEqualTo(new FnType(Prim.I64, List.of(Prim.I64, u)));
        assertThat(Types.substitute(new ArrayOf(t), Map.of())).isEqualTo(new ArrayOf(t));
    }

    @Test
    void testBind_pairsParametersWithArgumentsInOrder() {
        StructSymbol pair = struct("Pair", "A", "B");
        assertThat(Types.bind(pair.typeParams(), List.of(Prim.I32, Prim.STRING)))
                .containsExactly(
                        Map.entry(pair.typeParams().get(0), Prim.I32),
                        Map.entry(pair.typeParams().get(1), Prim.STRING));
        assertThat(Types.bind(pair.typeParams(), List.of(Prim.I32)))
                .containsExactly(Map.entry(pair.typeParams().get(0), Prim.I32));
        assertThat(Types.bind(List.of(t), List.of(Prim.I32, Prim.STRING))).containsExactly(Map.entry(t, Prim.I32));
        assertThat(Types.bind(List.of(), List.of())).isEmpty();
    }

    @Test
    void testMentionsUnbound_findsVariablesWithoutBindingInsideCompoundTypes() {
        List<TypeParam> vars = List.of(t);
        Map<TypeParam, Type> none = Map.of();
        Map<TypeParam, Type> bound = Map.of(t, Prim.I32);
        for (Type compound : List.<Type>of(
                new StructType(box, List.of(Prim.I32, t)),
                new EnumType(option, List.of(Prim.I32, t)),
                new ArrayOf(t),
                new RefOf(t),
                new FnType(t, List.of()),
                new FnType(Prim.UNIT, List.of(Prim.I32, t)))) {
            assertThat(Types.mentionsUnbound(compound, vars, none))
                    .as(compound.display())
                    .isTrue();
            assertThat(Types.mentionsUnbound(compound, vars, bound))
                    .as(compound.display())
                    .isFalse();
            assertThat(Types.mentionsUnbound(compound, List.of(u), none))
                    .as(compound.display())
                    .isFalse();
        }
        assertThat(Types.mentionsUnbound(new StructType(box, List.of(Prim.I32)), vars, none))
                .isFalse();
        assertThat(Types.mentionsUnbound(new EnumType(option, List.of(Prim.I32)), vars, none))
                .isFalse();
        assertThat(Types.mentionsUnbound(new FnType(Prim.I32, List.of(Prim.I32)), vars, none))
                .isFalse();
        assertThat(Types.mentionsUnbound(new ArrayOf(Prim.I32), vars, none)).isFalse();
        assertThat(Types.mentionsUnbound(new RefOf(Prim.I32), vars, none)).isFalse();
        assertThat(Types.mentionsUnbound(Prim.STRING, vars, none)).isFalse();
    }

    @Test
    void testIsGeneric_trueForTypesContainingAParameter() {
        assertThat(List.<Type>of(
                        t,
                        new StructType(box, List.of(Prim.I32, t)),
                        new EnumType(option, List.of(Prim.I32, t)),
                        new ArrayOf(t),
                        new FnType(t, List.of()),
                        new FnType(Prim.UNIT, List.of(Prim.I32, t))))
                .allMatch(Types::isGeneric);
        assertThat(List.<Type>of(
                        Prim.I32,
                        new StructType(box, List.of(Prim.I32)),
                        new EnumType(option, List.of(Prim.I32)),
                        new ArrayOf(Prim.STRING),
                        new FnType(Prim.I32, List.of(Prim.I32)),
                        new ContractType(contract("C"))))
                .noneMatch(Types::isGeneric);
    }

    private Map<TypeParam, Type> unify(Type pattern, Type actual, TypeParam... vars) {
        Map<TypeParam, Type> bindings = new LinkedHashMap<>();
        Types.unify(pattern, actual, List.of(vars), bindings);
        return bindings;
    }

    @Test
    void testUnify_bindsVariablesInsideMatchingShapes() {
        assertThat(unify(t, Prim.STRING, t)).containsExactly(Map.entry(t, Prim.STRING));
        assertThat(unify(new StructType(box, List.of(t)), new StructType(box, List.of(Prim.I64)), t))
                .containsExactly(Map.entry(t, Prim.I64));
        assertThat(unify(new EnumType(option, List.of(t)), new EnumType(option, List.of(Prim.BOOL)), t))
                .containsExactly(Map.entry(t, Prim.BOOL));
        assertThat(unify(new ArrayOf(t), new ArrayOf(Prim.U8), t)).containsExactly(Map.entry(t, Prim.U8));
        assertThat(unify(new FnType(u, List.of(t)), new FnType(Prim.STRING, List.of(Prim.I32)), t, u))
                .containsExactly(Map.entry(u, Prim.STRING), Map.entry(t, Prim.I32));
        assertThat(unify(new StructType(box, List.of(t, u)), new StructType(box, List.of(Prim.I32)), t, u))
                .containsExactly(Map.entry(t, Prim.I32));
        assertThat(unify(new EnumType(option, List.of(t)), new EnumType(option, List.of(Prim.I32, Prim.I64)), t))
                .containsExactly(Map.entry(t, Prim.I32));
    }

    @Test
    void testUnify_firstBindingWinsAndMismatchedShapesBindNothing() {
        Map<TypeParam, Type> b = new LinkedHashMap<>();
        Types.unify(t, Prim.I32, List.of(t), b);
        Types.unify(t, Prim.STRING, List.of(t), b);
        assertThat(b).containsExactly(Map.entry(t, Prim.I32));
        assertThat(unify(t, Prim.I32)).isEmpty(); // not an inference variable
        assertThat(unify(new StructType(box, List.of(t)), new StructType(struct("Box", "T"), List.of(Prim.I32)), t))
                .isEmpty();
        assertThat(unify(
                        new EnumType(option, List.of(t)),
                        new EnumType(enumSymbol("Option", "T"), List.of(Prim.I32)),
                        t))
                .isEmpty();
        assertThat(unify(new StructType(box, List.of(t)), new EnumType(option, List.of(Prim.I32)), t))
                .isEmpty();
        assertThat(unify(new ArrayOf(t), Prim.STRING, t)).isEmpty();
        assertThat(unify(new FnType(t, List.of()), new FnType(Prim.I32, List.of(Prim.I32)), t))
                .isEmpty();
        assertThat(unify(new FnType(t, List.of()), Prim.I32, t)).isEmpty();
    }

    @Test
    void testUnify_valuesWithoutATypeOfTheirOwnBindNothing() {
        for (Type actual : new Type[] {null, Prim.ERROR, Prim.NEVER, Prim.UNTYPED_INT, Prim.UNIT}) {
            assertThat(unify(t, actual, t)).as(String.valueOf(actual)).isEmpty();
        }
        assertThat(unify(new FnType(t, List.of()), new FnType(Prim.UNIT, List.of()), t))
                .isEmpty();
        assertThat(unify(new StructType(box, List.of(t)), Prim.UNIT, t)).isEmpty();
    }

    @Test
    void testTypeParam_sameOnlyWithTheSameNameAndOwner() {
        Object owner = new Object();
        TypeParam a = new TypeParam("T", owner);
        assertThat(a).isEqualTo(new TypeParam("T", owner));
        assertThat(a).hasSameHashCodeAs(new TypeParam("T", owner));
        assertThat(a).isNotEqualTo(new TypeParam("U", owner));
        assertThat(a).isNotEqualTo(new TypeParam("T", new Object()));
        assertThat(a).isNotEqualTo(Prim.I32);
        assertThat(a.hashCode()).isNotEqualTo(new TypeParam("U", owner).hashCode());
    }
}
