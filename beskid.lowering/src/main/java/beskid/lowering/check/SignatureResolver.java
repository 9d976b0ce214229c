package beskid.lowering.check;

import beskid.lowering.ast.EventDecl;
import beskid.lowering.ast.FieldDecl;
import beskid.lowering.ast.FunctionDecl;
import beskid.lowering.ast.ImplDecl;
import beskid.lowering.ast.Item;
import beskid.lowering.ast.NamedType;
import beskid.lowering.ast.Param;
import beskid.lowering.ast.ParamMode;
import beskid.lowering.ast.RefType;
import beskid.lowering.ast.TypeRef;
import beskid.lowering.ast.VariantDecl;
import beskid.lowering.diag.ErrorCode;
import beskid.lowering.diag.Wording;
import beskid.lowering.sema.ContractSymbol;
import beskid.lowering.sema.ContractType;
import beskid.lowering.sema.DeclSymbol;
import beskid.lowering.sema.EnumSymbol;
import beskid.lowering.sema.EventSymbol;
import beskid.lowering.sema.FieldSymbol;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.ModuleSymbol;
import beskid.lowering.sema.ParamSymbol;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.StructSymbol;
import beskid.lowering.sema.Type;
import beskid.lowering.sema.TypeParam;
import beskid.lowering.sema.VariantSymbol;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Third pass: the types in every declaration (fields, events, variants, contracts,
 * parameters and results), and the methods of {@code impl} blocks attached to their types.
 */
final class SignatureResolver {
    private final Reporter reporter;
    private final TypeResolver types;

    SignatureResolver(Reporter reporter, TypeResolver types) {
        this.reporter = reporter;
        this.types = types;
    }

    void resolve(ModuleSymbol module) {
        for (DeclSymbol d : module.types().values()) {
            if (d instanceof StructSymbol s) {
                struct(s);
            } else if (d instanceof EnumSymbol e) {
                enumeration(e);
            } else {
                contract((ContractSymbol) d);
            }
        }
        for (FunctionSymbol f : module.functions().values()) {
            signature(f, Map.of());
        }
        for (Item item : module.items()) {
            if (item instanceof ImplDecl impl) {
                impl(module, impl);
            }
        }
        for (ModuleSymbol inner : module.inlineModules().values()) {
            resolve(inner);
        }
    }

    private static Map<String, TypeParam> scope(List<TypeParam> params) {
        Map<String, TypeParam> m = new LinkedHashMap<>();
        params.forEach(p -> m.put(p.name(), p));
        return m;
    }

    private void struct(StructSymbol s) {
        Map<String, TypeParam> scope = scope(s.typeParams());
        Set<String> names = new HashSet<>();
        int index = 0;
        for (FieldDecl f : s.decl().fields()) {
            if (!names.add(f.name())) {
                reporter.error(f.pos(), ErrorCode.DUPLICATE, "the field `" + f.name() + "` is declared twice");
                continue;
            }
            s.fields()
                    .put(
                            f.name(),
                            new FieldSymbol(f.name(), types.valueType(f.type(), s.module(), scope), index++, f.pos()));
        }
        for (EventDecl e : s.decl().events()) {
            if (!names.add(e.name())) {
                reporter.error(e.pos(), ErrorCode.DUPLICATE, "the event `" + e.name() + "` is declared twice");
                continue;
            }
            List<Type> params = new ArrayList<>();
            for (Param p : e.params()) {
                params.add(types.valueType(p.type(), s.module(), scope));
            }
            s.events().put(e.name(), new EventSymbol(e.name(), e.capacity(), params));
        }
        for (TypeRef c : s.decl().contracts()) {
            Type t = types.resolve(c, s.module(), scope);
            if (t instanceof ContractType ct) {
                s.contracts().add(ct.symbol());
            } else if (t != Prim.ERROR) {
                reporter.error(c.pos(), ErrorCode.WRONG_KIND, "`" + t.display() + "` is not a contract");
            }
        }
    }

    private void enumeration(EnumSymbol e) {
        Map<String, TypeParam> scope = scope(e.typeParams());
        Set<String> names = new HashSet<>();
        int index = 0;
        for (VariantDecl v : e.decl().variants()) {
            if (!names.add(v.name())) {
                reporter.error(v.pos(), ErrorCode.DUPLICATE, "the variant `" + v.name() + "` is declared twice");
                continue;
            }
            List<FieldSymbol> fields = new ArrayList<>();
            int fi = 0;
            for (FieldDecl f : v.fields()) {
                fields.add(new FieldSymbol(f.name(), types.valueType(f.type(), e.module(), scope), fi++, f.pos()));
            }
            e.variants().add(new VariantSymbol(e, v.name(), index++, fields));
        }
    }

    private void contract(ContractSymbol c) {
        for (TypeRef ref : c.decl().embedded()) {
            Type t = types.resolve(ref, c.module(), Map.of());
            if (t instanceof ContractType ct) {
                if (ct.symbol().extendsContract(c)) {
                    reporter.error(ref.pos(), ErrorCode.CONTRACT, "contract `" + c.name() + "` embeds itself");
                } else {
                    c.embedded().add(ct.symbol());
                }
            } else if (t != Prim.ERROR) {
                reporter.error(ref.pos(), ErrorCode.WRONG_KIND, "`" + t.display() + "` is not a contract");
            }
        }
        for (FunctionDecl m : c.decl().methods()) {
            if (c.methods().containsKey(m.name())) {
                reporter.error(m.pos(), ErrorCode.DUPLICATE, "the method `" + m.name() + "` is declared twice");
                continue;
            }
            FunctionSymbol f = new FunctionSymbol(m.name(), c.module(), c, m);
            signature(f, Map.of());
            c.methods().put(m.name(), f);
        }
    }

    private void impl(ModuleSymbol module, ImplDecl impl) {
        if (!(impl.target() instanceof NamedType n)) {
            reporter.error(impl.target().pos(), ErrorCode.WRONG_KIND, "only a type or an enum can have methods");
            return;
        }
        DeclSymbol decl = types.declaration(n, module);
        if (decl == null) {
            return;
        }
        if (decl instanceof ContractSymbol) {
            reporter.error(n.pos(), ErrorCode.WRONG_KIND, "a contract cannot have an impl block");
            return;
        }
        List<TypeParam> params = TypeResolver.typeParams(decl);
        Map<String, TypeParam> scope = new LinkedHashMap<>();
        if (n.args().isEmpty()) {
            params.forEach(p -> scope.put(p.name(), p));
        } else if (n.args().size() != params.size()) {
            reporter.error(
                    n.pos(),
                    ErrorCode.ARITY,
                    "`" + decl.name() + "` takes " + Wording.count(params.size(), "type argument"));
            return;
        } else {
            for (int i = 0; i < params.size(); i++) {
                // impl Box<U> { } names Box's parameter U inside these methods
                TypeRef a = n.args().get(i);
                if (a instanceof NamedType an
                        && an.path().size() == 1
                        && an.args().isEmpty()) {
                    scope.put(an.path().get(0), params.get(i));
                } else {
                    reporter.error(a.pos(), ErrorCode.UNSUPPORTED, "impl type arguments must be plain names");
                }
            }
        }
        Map<String, FunctionSymbol> methods =
                decl instanceof StructSymbol s ? s.methods() : ((EnumSymbol) decl).methods();
        for (FunctionDecl m : impl.methods()) {
            if (methods.containsKey(m.name())) {
                reporter.error(m.pos(), ErrorCode.DUPLICATE, "the method `" + m.name() + "` is declared twice");
                continue;
            }
            FunctionSymbol f = new FunctionSymbol(m.name(), module, decl, m);
            signature(f, scope);
            methods.put(m.name(), f);
        }
    }

    private void signature(FunctionSymbol f, Map<String, TypeParam> outer) {
        FunctionDecl d = f.decl();
        Map<String, TypeParam> scope = new LinkedHashMap<>(outer);
        List<TypeParam> own = new ArrayList<>();
        for (String name : d.typeParams()) {
            TypeParam p = new TypeParam(name, f);
            own.add(p);
            scope.put(name, p);
        }
        List<ParamSymbol> params = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Param p : d.params()) {
            if (!names.add(p.name())) {
                reporter.error(p.pos(), ErrorCode.DUPLICATE, "the parameter `" + p.name() + "` is declared twice");
            }
            TypeRef written = p.type();
            ParamMode mode = p.mode();
            if (written instanceof RefType r) {
                // `ref T x` written as a type: same as the ref mode
                written = r.inner();
                mode = mode == ParamMode.VALUE ? ParamMode.REF : mode;
            }
            Type t = types.valueType(written, f.module(), scope);
            params.add(new ParamSymbol(p.name(), mode, t));
        }
        Type result = types.resolve(d.returnType(), f.module(), scope);
        parameterSlots(f, params);
        f.setSignature(own, params, result);
        f.setTypeScope(scope);
    }

    /** The JVM gives a method at most 255 slots of parameters (i64 and f64 take two, a receiver one). */
    private static final int MAX_PARAMETER_SLOTS = 255;

    private void parameterSlots(FunctionSymbol f, List<ParamSymbol> params) {
        int slots = f.isMethod() ? 1 : 0;
        for (ParamSymbol p : params) {
            boolean wide = p.mode() == ParamMode.VALUE && (p.type() == Prim.I64 || p.type() == Prim.F64);
            slots += wide ? 2 : 1;
        }
        if (slots > MAX_PARAMETER_SLOTS) {
            reporter.error(
                    f.decl().pos(),
                    ErrorCode.TOO_LARGE,
                    "the parameters of `" + f.name() + "` need " + slots + " JVM slots, more than the limit of "
                            + MAX_PARAMETER_SLOTS + " (i64 and f64 take two); pass a struct instead");
        }
    }
}
