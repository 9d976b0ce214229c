package beskid.lowering.check;

import beskid.lowering.ast.FunctionDecl;
import beskid.lowering.ast.Item;
import beskid.lowering.ast.Param;
import beskid.lowering.ast.ParamMode;
import beskid.lowering.ast.SectionEntry;
import beskid.lowering.ast.StringLit;
import beskid.lowering.ast.StringPart;
import beskid.lowering.ast.TestDecl;
import beskid.lowering.ast.TestSection;
import beskid.lowering.diag.ErrorCode;
import beskid.lowering.sema.Annotations;
import beskid.lowering.sema.DeclSymbol;
import beskid.lowering.sema.EnumSymbol;
import beskid.lowering.sema.FunctionInfo;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.LocalVar;
import beskid.lowering.sema.ModuleSymbol;
import beskid.lowering.sema.ParamSymbol;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.StructSymbol;
import beskid.lowering.sema.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Last pass: the bodies of functions, methods and tests, one frame each. */
final class BodyChecker {
    private final Reporter reporter;
    private final TypeResolver types;
    private final Annotations ann;

    BodyChecker(Reporter reporter, TypeResolver types, Annotations ann) {
        this.reporter = reporter;
        this.types = types;
        this.ann = ann;
    }

    void check(ModuleSymbol module) {
        BodyContext cx = new BodyContext(module, ann, reporter, types);
        cx.typeParams = Map.of();
        new AttributeChecker(cx).check(module);
        for (FunctionSymbol f : module.functions().values()) {
            function(cx, f);
        }
        for (DeclSymbol d : module.types().values()) {
            Map<String, FunctionSymbol> methods =
                    d instanceof StructSymbol s ? s.methods() : d instanceof EnumSymbol e ? e.methods() : Map.of();
            for (FunctionSymbol m : methods.values()) {
                function(cx, m);
            }
        }
        for (Item item : module.items()) {
            if (item instanceof TestDecl t) {
                test(cx, t);
            }
        }
        for (ModuleSymbol inner : module.inlineModules().values()) {
            check(inner);
        }
    }

    private void function(BodyContext cx, FunctionSymbol f) {
        FunctionDecl d = f.decl();
        if (d.body() == null) {
            return;
        }
        cx.typeParams = f.typeScope();
        cx.frame = new Frame(d, null, f.result());
        cx.scope = new Scope(null, cx.frame);
        LocalVar self = null;
        if (f.owner() != null) {
            Type selfType = f.owner() instanceof StructSymbol s ? s.selfType() : ((EnumSymbol) f.owner()).selfType();
            self = cx.declare("this", selfType, false, d.pos(), false);
        }
        List<LocalVar> params = new ArrayList<>();
        for (int i = 0; i < d.params().size(); i++) {
            Param p = d.params().get(i);
            ParamSymbol ps = f.params().get(i);
            boolean cell = ps.mode() != ParamMode.VALUE;
            params.add(cx.declare(p.name(), ps.type(), cell, p.pos(), cell));
        }
        ann.setFunction(d, new FunctionInfo(self, params));
        boolean completes = cx.stmts.block(d.body());
        if (completes && f.result() != Prim.UNIT && f.result() != Prim.ERROR) {
            reporter.error(
                    d.body().end(),
                    ErrorCode.MISSING_RETURN,
                    f.result() == Prim.NEVER
                            ? "`" + f.name() + "` returns never but can reach its end"
                            : "missing return: `" + f.name() + "` must return a value of type "
                                    + f.result().display() + " on every path");
        }
    }

    private void test(BodyContext cx, TestDecl t) {
        cx.typeParams = Map.of();
        if (t.meta() != null) {
            section(t.meta(), Set.of("tags", "group"), cx);
        }
        if (t.skip() != null) {
            section(t.skip(), Set.of("condition", "reason"), cx);
        }
        cx.frame = new Frame(t, null, Prim.UNIT);
        cx.scope = new Scope(null, cx.frame);
        ann.setFunction(t, new FunctionInfo(null, List.of()));
        cx.stmts.block(t.body());
    }

    private void section(TestSection s, Set<String> keys, BodyContext cx) {
        for (SectionEntry e : s.entries()) {
            if (!keys.contains(e.key())) {
                reporter.error(
                        e.pos(),
                        ErrorCode.TEST_SECTION,
                        "unknown entry `" + e.key() + "`; expected one of "
                                + String.join(", ", keys.stream().sorted().toList()));
            } else if (e.key().equals("condition")) {
                // the skip condition runs as its own method before the body
                cx.frame = new Frame(e, null, Prim.BOOL);
                cx.scope = new Scope(null, cx.frame);
                cx.exprs.checkAgainst(e.value(), Prim.BOOL);
            } else if (literalText(e) == null) {
                reporter.error(e.value().pos(), ErrorCode.TEST_SECTION, "`" + e.key() + "` must be a string literal");
            }
        }
    }

    /** The text of a section entry that is a plain string literal, or null. */
    static String literalText(SectionEntry e) {
        if (e.value() instanceof StringLit s && s.parts().stream().allMatch(p -> p instanceof StringPart.Text)) {
            StringBuilder b = new StringBuilder();
            s.parts().forEach(p -> b.append(((StringPart.Text) p).text()));
            return b.toString();
        }
        return null;
    }
}
