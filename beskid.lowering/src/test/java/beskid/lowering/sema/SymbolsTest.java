package beskid.lowering.sema;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.abi.InteropTag;
import beskid.lowering.ast.EnumDecl;
import beskid.lowering.ast.FunctionDecl;
import beskid.lowering.ast.ParamMode;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.ast.TypeDecl;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The names and facts of symbols that messages, the emitter and the tools read. */
class SymbolsTest {
    private static final SourcePos AT = new SourcePos(4, 1, 5);

    private static ModuleSymbol module(String name, boolean std) {
        return new ModuleSymbol(name, name.replace('.', '/'), "io.bd", null, std, List.of());
    }

    private static FunctionDecl decl(String name) {
        return new FunctionDecl(AT, false, List.of(), null, null, name, List.of(), List.of(), null);
    }

    @Test
    void testModule_namesAndProgramMembership() {
        ModuleSymbol io = module("Std.System.IO", true);
        ModuleSymbol app = module("app", false);
        assertThat(io.simpleName()).isEqualTo("IO");
        assertThat(app.simpleName()).isEqualTo("app");
        assertThat(io.sourceName()).isEqualTo("io.bd");
        assertThat(io.isStd()).isTrue();
        assertThat(app.isStd()).isFalse();
        assertThat(io.toString()).isEqualTo("Std.System.IO");
        assertThat(app.program()).isNull();
        assertThat(app.isProgramRoot()).isFalse();
        app.joinProgram(app);
        ModuleSymbol child = module("app.util", false);
        child.joinProgram(app);
        assertThat(app.program()).isSameAs(app);
        assertThat(app.isProgramRoot()).isTrue();
        assertThat(child.program()).isSameAs(app);
        assertThat(child.isProgramRoot()).isFalse();
    }

    @Test
    void testModule_namesakeTypeIsTheTypeNamedLikeTheModule() {
        ModuleSymbol list = module("Std.Collections.List", true);
        assertThat(list.namesakeType()).isNull();
        StructSymbol type = new StructSymbol(
                list, new TypeDecl(AT, true, List.of(), null, "List", List.of("T"), List.of(), List.of(), List.of()));
        list.types().put("List", type);
        assertThat(list.namesakeType()).isSameAs(type);
        assertThat(type.internalName()).isEqualTo("Std/Collections/List$List");
        assertThat(type.toString()).isEqualTo("List");
    }

    @Test
    void testFunction_methodsSignaturesAndInterop() {
        ModuleSymbol app = module("app", false);
        StructSymbol box = new StructSymbol(
                app, new TypeDecl(AT, false, List.of(), null, "Box", List.of("T"), List.of(), List.of(), List.of()));
        FunctionSymbol get = new FunctionSymbol("Get", app, box, decl("Get"));
        FunctionSymbol id = new FunctionSymbol("id", app, null, decl("id"));
        TypeParam t = new TypeParam("T", id);
        id.setSignature(List.of(t), List.of(new ParamSymbol("x", ParamMode.VALUE, t)), t);
        id.setTypeScope(Map.of("T", t));
        assertThat(get.isMethod()).isTrue();
        assertThat(id.isMethod()).isFalse();
        assertThat(get.toString()).isEqualTo("app.Box.Get");
        assertThat(id.toString()).isEqualTo("app.id");
        assertThat(id.typeParams()).containsExactly(t);
        assertThat(id.typeScope()).containsExactly(Map.entry("T", t));
        assertThat(id.type()).isEqualTo(new FnType(t, List.of(t)));
        assertThat(id.interop()).isNull();
        id.setInterop(InteropTag.IO_READ_LINE);
        assertThat(id.interop()).isEqualTo(InteropTag.IO_READ_LINE);
    }

    @Test
    void testLocal_factsOfItsDeclaration() {
        Object fn = new Object();
        LocalVar cell = new LocalVar("n", Prim.I32, true, AT, fn, true);
        LocalVar plain = new LocalVar("s", Prim.STRING, false, AT, fn, false);
        assertThat(cell.refCell()).isTrue();
        assertThat(plain.refCell()).isFalse();
        assertThat(cell.pos()).isEqualTo(AT);
        assertThat(cell.function()).isSameAs(fn);
        assertThat(cell.toString()).isEqualTo("n: i32");
    }

    @Test
    void testEventsAndVariants() {
        EventSymbol clicked = new EventSymbol("Clicked", 4, List.of(Prim.STRING, Prim.I32));
        assertThat(clicked.handlerType()).isEqualTo(new FnType(Prim.UNIT, List.of(Prim.STRING, Prim.I32)));
        EnumSymbol option = new EnumSymbol(
                module("app", false), new EnumDecl(AT, false, List.of(), null, "Option", List.of("T"), List.of()));
        VariantSymbol some = new VariantSymbol(option, "Some", 0, List.of());
        VariantSymbol twin = new VariantSymbol(option, "Some", 0, List.of());
        assertThat(some.internalName()).isEqualTo("app$Option$Some");
        assertThat(some.toString()).isEqualTo("Option::Some");
        assertThat(some).isEqualTo(some).isNotEqualTo(twin);
        assertThat(some.hashCode()).isEqualTo(System.identityHashCode(some));
    }

    @Test
    void testInternalErrors_rememberTheLastPositionPerThread() {
        InternalErrors.reset();
        assertThat(InternalErrors.last()).isNull();
        InternalErrors.at(AT);
        InternalErrors.at(null);
        assertThat(InternalErrors.last()).isEqualTo(AT);
        SourcePos later = new SourcePos(9, 2, 1);
        InternalErrors.at(later);
        assertThat(InternalErrors.last()).isEqualTo(later);
        InternalErrors.reset();
        assertThat(InternalErrors.last()).isNull();
    }
}
