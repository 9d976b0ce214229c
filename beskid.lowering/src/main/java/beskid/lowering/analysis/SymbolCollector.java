package beskid.lowering.analysis;

import beskid.lowering.ast.ArrayType;
import beskid.lowering.ast.ContractDecl;
import beskid.lowering.ast.EnumDecl;
import beskid.lowering.ast.EventDecl;
import beskid.lowering.ast.FieldDecl;
import beskid.lowering.ast.FunctionDecl;
import beskid.lowering.ast.FunctionType;
import beskid.lowering.ast.ImplDecl;
import beskid.lowering.ast.InlineModDecl;
import beskid.lowering.ast.Item;
import beskid.lowering.ast.ModDecl;
import beskid.lowering.ast.NamedType;
import beskid.lowering.ast.Param;
import beskid.lowering.ast.RefType;
import beskid.lowering.ast.TestDecl;
import beskid.lowering.ast.TypeDecl;
import beskid.lowering.ast.TypeRef;
import beskid.lowering.ast.UseDecl;
import beskid.lowering.ast.VariantDecl;
import beskid.lowering.check.NameLookup;
import beskid.lowering.sema.Annotations;
import beskid.lowering.sema.ContractSymbol;
import beskid.lowering.sema.DeclSymbol;
import beskid.lowering.sema.EnumSymbol;
import beskid.lowering.sema.FieldSymbol;
import beskid.lowering.sema.FunctionInfo;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.LocalVar;
import beskid.lowering.sema.ModuleSymbol;
import beskid.lowering.sema.StructSymbol;
import beskid.lowering.sema.TypeParam;
import beskid.lowering.sema.VariantSymbol;
import beskid.lowering.syntax.TokenKind;
import java.util.List;
import java.util.Map;

/**
 * Walks a checked program's trees and records every name with its symbol: declarations from
 * the module symbols, uses from the checker's annotations (locals, calls, members, variants,
 * struct literals) and, for written types and {@code use} paths, the checker's own name rules
 * applied again in the same scope.
 */
final class SymbolCollector {
    private final ProgramIndex index;
    private final ProgramRun run;
    private final Annotations ann;
    private String uri;
    private DocumentText doc;
    private ModuleSymbol module;
    private Map<String, TypeParam> typeScope = Map.of();
    private String function;
    private final BodySymbols bodies = new BodySymbols(this);

    SymbolCollector(ProgramIndex index, ProgramRun run) {
        this.index = index;
        this.run = run;
        this.ann = run.annotations();
    }

    ProgramIndex index() {
        return index;
    }

    Annotations annotations() {
        return ann;
    }

    DocumentText doc() {
        return doc;
    }

    ModuleSymbol module() {
        return module;
    }

    /** The name of the function whose body is being walked, the container of its locals. */
    String function() {
        return function;
    }

    void collectAll() {
        for (ProgramRun.FileData f : run.files().values()) {
            uri = f.uri();
            doc = f.doc();
            items(f.file().unit().items(), f.file().module());
        }
    }

    void add(int token, Object key, boolean declaration) {
        index.add(uri, doc, token, key, declaration);
    }

    int tokenAt(beskid.lowering.ast.SourcePos pos) {
        return pos == null ? -1 : doc.tokenStartingAt(pos.offset());
    }

    // ---- items ---------------------------------------------------------------------------

    private void items(List<Item> items, ModuleSymbol m) {
        ModuleSymbol outer = module;
        module = m;
        try {
            for (Item item : items) {
                typeScope = Map.of();
                function = null;
                item(item);
            }
        } finally {
            module = outer;
        }
    }

    private void item(Item item) {
        if (item instanceof FunctionDecl f) {
            FunctionSymbol fs = module.functions().get(f.name());
            function(f, fs != null && fs.decl() == f ? fs : null);
        } else if (item instanceof TypeDecl t) {
            struct(t, module.types().get(t.name()) instanceof StructSymbol s && s.decl() == t ? s : null);
        } else if (item instanceof EnumDecl e) {
            enumDecl(e, module.types().get(e.name()) instanceof EnumSymbol s && s.decl() == e ? s : null);
        } else if (item instanceof ContractDecl c) {
            contract(c, module.types().get(c.name()) instanceof ContractSymbol s && s.decl() == c ? s : null);
        } else if (item instanceof ImplDecl impl) {
            impl(impl);
        } else if (item instanceof ModDecl d) {
            modDecl(d);
        } else if (item instanceof InlineModDecl d) {
            ModuleSymbol inner = module.inlineModules().get(d.name());
            int kw = doc.kindAfter(doc.tokenIndex(d.pos().offset()), TokenKind.KW_MOD);
            if (inner != null && inner.parent() == module) {
                add(kw < 0 ? -1 : kw + 1, inner, true);
                items(d.items(), inner);
            }
        } else if (item instanceof UseDecl u) {
            use(u);
        } else if (item instanceof TestDecl t) {
            int kw = doc.kindAfter(doc.tokenIndex(t.pos().offset()), TokenKind.KW_TEST);
            add(kw < 0 ? -1 : kw + 1, t, true);
            function = t.name();
            bodies.block(t.body());
        }
    }

    private void function(FunctionDecl f, FunctionSymbol fs) {
        if (fs == null) {
            return; // a duplicate: the checker made no symbol for it
        }
        typeScope = fs.typeScope();
        function = fs.name();
        int name = TypeTokens.nameAfter(doc, f.returnType(), f.name());
        add(name, fs, true);
        typeParamDecls(name, fs.typeParams());
        type(f.returnType());
        FunctionInfo info = ann.function(f);
        for (int i = 0; i < f.params().size(); i++) {
            Param p = f.params().get(i);
            type(p.type());
            int token = TypeTokens.nameAfter(doc, p.type(), p.name());
            if (info != null && i < info.params().size()) {
                LocalVar v = info.params().get(i);
                index.declareLocal(v, doc, token, true, fs.name());
                add(token, v, true);
            }
        }
        if (f.body() != null) {
            bodies.block(f.body());
        }
    }

    /** The {@code <T, U>} after a declared name (token {@code name}). */
    private void typeParamDecls(int name, List<TypeParam> params) {
        if (name < 0 || params.isEmpty()) {
            return;
        }
        for (TypeParam p : params) {
            int t = doc.identAfter(name + 1, p.name());
            add(t, p, true);
        }
    }

    /** A type's name after its keyword and its type parameters, which are in scope in its body. */
    private void typeHeader(
            beskid.lowering.ast.SourcePos pos, TokenKind keyword, Object symbol, List<TypeParam> params) {
        int kw = doc.kindAfter(doc.tokenIndex(pos.offset()), keyword);
        int name = kw < 0 ? -1 : kw + 1;
        add(name, symbol, true);
        typeParamDecls(name, params);
        typeScope = scopeOf(params);
    }

    private void struct(TypeDecl t, StructSymbol s) {
        if (s == null) {
            return;
        }
        typeHeader(t.pos(), TokenKind.KW_TYPE, s, s.typeParams());
        for (TypeRef c : t.contracts()) {
            type(c);
        }
        for (FieldDecl f : t.fields()) {
            type(f.type());
            FieldSymbol fs = s.fields().get(f.name());
            if (fs != null && fs.pos().equals(f.pos())) {
                index.field(s, fs);
                add(TypeTokens.nameAfter(doc, f.type(), f.name()), fs, true);
            }
        }
        for (EventDecl e : t.events()) {
            var ev = s.events().get(e.name());
            if (ev != null) {
                add(doc.identAfter(doc.tokenIndex(e.pos().offset()), e.name()), new ProgramIndex.EventKey(s, ev), true);
            }
            for (Param p : e.params()) {
                type(p.type());
            }
        }
    }

    private void enumDecl(EnumDecl e, EnumSymbol s) {
        if (s == null) {
            return;
        }
        typeHeader(e.pos(), TokenKind.KW_ENUM, s, s.typeParams());
        for (VariantDecl vd : e.variants()) {
            VariantSymbol v = s.variant(vd.name());
            if (v == null || v.index() >= e.variants().size() || e.variants().get(v.index()) != vd) {
                continue;
            }
            add(tokenAt(vd.pos()), v, true);
            for (FieldDecl f : vd.fields()) {
                type(f.type());
                for (FieldSymbol fs : v.fields()) {
                    if (fs.pos().equals(f.pos())) {
                        index.field(v, fs);
                        add(TypeTokens.nameAfter(doc, f.type(), f.name()), fs, true);
                    }
                }
            }
        }
    }

    private void contract(ContractDecl c, ContractSymbol s) {
        if (s == null) {
            return;
        }
        int kw = doc.kindAfter(doc.tokenIndex(c.pos().offset()), TokenKind.KW_CONTRACT);
        add(kw < 0 ? -1 : kw + 1, s, true);
        for (TypeRef t : c.embedded()) {
            type(t);
        }
        for (FunctionDecl m : c.methods()) {
            FunctionSymbol f = s.methods().get(m.name());
            function(m, f != null && f.decl() == m ? f : null);
        }
    }

    private void impl(ImplDecl impl) {
        type(impl.target());
        DeclSymbol owner = impl.target() instanceof NamedType n ? NameLookup.type(module, n.path()) : null;
        for (FunctionDecl m : impl.methods()) {
            FunctionSymbol f = owner instanceof StructSymbol s
                    ? s.methods().get(m.name())
                    : owner instanceof EnumSymbol e ? e.methods().get(m.name()) : null;
            typeScope = Map.of();
            function(m, f != null && f.decl() == m ? f : null);
        }
    }

    private void modDecl(ModDecl d) {
        if (!d.pub()) {
            return;
        }
        int kw = doc.kindAfter(doc.tokenIndex(d.pos().offset()), TokenKind.KW_MOD);
        if (kw < 0) {
            return;
        }
        ModuleSymbol m = module;
        for (int i = 0; i < d.path().size() && m != null; i++) {
            m = m.inlineModules().get(d.path().get(i));
            add(kw + 1 + 2 * i, m, false);
        }
    }

    private void use(UseDecl u) {
        int kw = doc.kindAfter(doc.tokenIndex(u.pos().offset()), TokenKind.KW_USE);
        if (kw < 0) {
            return;
        }
        String name = u.alias() != null ? u.alias() : u.path().get(u.path().size() - 1);
        Object target = module.imports().get(name);
        int last = kw + 1 + 2 * (u.path().size() - 1);
        if (target != null) {
            add(last, target, false);
            if (u.alias() != null) {
                add(doc.identAfter(last + 1, u.alias()), target, false);
            }
        }
        // the leading segments name modules of the program (Std ones have no module symbol of their own)
        Object prefix = u.path().get(0).equals("Std")
                ? null
                : NameLookup.value(module, u.path().get(0));
        for (int i = 0; i < u.path().size() - 1 && prefix instanceof ModuleSymbol m; i++) {
            add(kw + 1 + 2 * i, m, false);
            prefix = m.inlineModules().get(u.path().get(i + 1));
        }
    }

    private static Map<String, TypeParam> scopeOf(List<TypeParam> params) {
        Map<String, TypeParam> m = new java.util.LinkedHashMap<>();
        params.forEach(p -> m.put(p.name(), p));
        return m;
    }

    // ---- types ---------------------------------------------------------------------------

    void type(TypeRef t) {
        if (t instanceof NamedType n) {
            if (n.isError()) {
                return;
            }
            int first = tokenAt(n.pos());
            if (n.path().size() == 1
                    && n.args().isEmpty()
                    && typeScope.containsKey(n.path().get(0))) {
                add(first, typeScope.get(n.path().get(0)), false);
                return;
            }
            DeclSymbol d = NameLookup.type(module, n.path());
            if (d != null && first >= 0) {
                add(first + 2 * (n.path().size() - 1), d, false);
                modulePath(first, n.path());
            }
            n.args().forEach(this::type);
        } else if (t instanceof ArrayType a) {
            type(a.element());
        } else if (t instanceof RefType r) {
            type(r.inner());
        } else if (t instanceof FunctionType f) {
            type(f.returnType());
            f.params().forEach(this::type);
        }
    }

    /** The module segments of a written path ({@code geo.Shape}, {@code geo::Shape::Circle}) from token {@code first}. */
    void modulePath(int first, List<String> path) {
        if (first < 0 || path.size() < 2) {
            return;
        }
        Object m = NameLookup.value(module, path.get(0));
        for (int i = 0; i < path.size() - 1 && m instanceof ModuleSymbol mod; i++) {
            add(first + 2 * i, mod, false);
            m = mod.inlineModules().get(path.get(i + 1));
        }
    }
}
