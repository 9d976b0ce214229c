package beskid.lowering.analysis;

import beskid.lowering.ast.ArrayType;
import beskid.lowering.ast.AssignExpr;
import beskid.lowering.ast.BinaryExpr;
import beskid.lowering.ast.BindingPattern;
import beskid.lowering.ast.Block;
import beskid.lowering.ast.BlockExpr;
import beskid.lowering.ast.BlockStmt;
import beskid.lowering.ast.CallExpr;
import beskid.lowering.ast.ContractDecl;
import beskid.lowering.ast.EnumCtorExpr;
import beskid.lowering.ast.EnumDecl;
import beskid.lowering.ast.EventDecl;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.ExprStmt;
import beskid.lowering.ast.FieldDecl;
import beskid.lowering.ast.FieldInit;
import beskid.lowering.ast.ForStmt;
import beskid.lowering.ast.FunctionDecl;
import beskid.lowering.ast.FunctionType;
import beskid.lowering.ast.IfStmt;
import beskid.lowering.ast.ImplDecl;
import beskid.lowering.ast.InlineModDecl;
import beskid.lowering.ast.Item;
import beskid.lowering.ast.LambdaExpr;
import beskid.lowering.ast.LambdaParam;
import beskid.lowering.ast.LiteralPattern;
import beskid.lowering.ast.LocalDecl;
import beskid.lowering.ast.MatchArm;
import beskid.lowering.ast.MatchExpr;
import beskid.lowering.ast.MemberExpr;
import beskid.lowering.ast.ModDecl;
import beskid.lowering.ast.NameExpr;
import beskid.lowering.ast.NamedType;
import beskid.lowering.ast.Param;
import beskid.lowering.ast.Pattern;
import beskid.lowering.ast.RefType;
import beskid.lowering.ast.ReturnStmt;
import beskid.lowering.ast.Stmt;
import beskid.lowering.ast.StringLit;
import beskid.lowering.ast.StringPart;
import beskid.lowering.ast.StructLit;
import beskid.lowering.ast.TestDecl;
import beskid.lowering.ast.TryExpr;
import beskid.lowering.ast.TypeDecl;
import beskid.lowering.ast.TypeRef;
import beskid.lowering.ast.UnaryExpr;
import beskid.lowering.ast.UseDecl;
import beskid.lowering.ast.VariantDecl;
import beskid.lowering.ast.VariantPattern;
import beskid.lowering.ast.WhileStmt;
import beskid.lowering.check.NameLookup;
import beskid.lowering.sema.Annotations;
import beskid.lowering.sema.CallTarget;
import beskid.lowering.sema.ContractSymbol;
import beskid.lowering.sema.DeclSymbol;
import beskid.lowering.sema.EnumSymbol;
import beskid.lowering.sema.FieldSymbol;
import beskid.lowering.sema.FunctionInfo;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.LambdaInfo;
import beskid.lowering.sema.LocalVar;
import beskid.lowering.sema.ModuleSymbol;
import beskid.lowering.sema.Resolved;
import beskid.lowering.sema.StructSymbol;
import beskid.lowering.sema.StructType;
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

    SymbolCollector(ProgramIndex index, ProgramRun run) {
        this.index = index;
        this.run = run;
        this.ann = run.annotations();
    }

    void collectAll() {
        for (ProgramRun.FileData f : run.files().values()) {
            uri = f.uri();
            doc = f.doc();
            items(f.file().unit().items(), f.file().module());
        }
    }

    private void add(int token, Object key, boolean declaration) {
        index.add(uri, doc, token, key, declaration);
    }

    private int tokenAt(beskid.lowering.ast.SourcePos pos) {
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
            block(t.body());
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
            block(f.body());
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

    private void struct(TypeDecl t, StructSymbol s) {
        if (s == null) {
            return;
        }
        int kw = doc.kindAfter(doc.tokenIndex(t.pos().offset()), TokenKind.KW_TYPE);
        int name = kw < 0 ? -1 : kw + 1;
        add(name, s, true);
        typeParamDecls(name, s.typeParams());
        typeScope = scopeOf(s.typeParams());
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
        int kw = doc.kindAfter(doc.tokenIndex(e.pos().offset()), TokenKind.KW_ENUM);
        int name = kw < 0 ? -1 : kw + 1;
        add(name, s, true);
        typeParamDecls(name, s.typeParams());
        typeScope = scopeOf(s.typeParams());
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

    private void type(TypeRef t) {
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
    private void modulePath(int first, List<String> path) {
        if (first < 0 || path.size() < 2) {
            return;
        }
        Object m = NameLookup.value(module, path.get(0));
        for (int i = 0; i < path.size() - 1 && m instanceof ModuleSymbol mod; i++) {
            add(first + 2 * i, mod, false);
            m = mod.inlineModules().get(path.get(i + 1));
        }
    }

    // ---- statements ----------------------------------------------------------------------

    private void block(Block b) {
        if (b == null) {
            return;
        }
        for (Stmt s : b.statements()) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        if (s instanceof LocalDecl d) {
            int token;
            if (d.type() != null) {
                type(d.type());
                token = TypeTokens.nameAfter(doc, d.type(), d.name());
            } else {
                int i = doc.tokenStartingAt(d.pos().offset()) + 1; // after `let`
                if (i > 0 && doc.token(i).is(TokenKind.KW_MUT)) {
                    i++;
                }
                token = i > 0
                                && doc.token(i).is(TokenKind.IDENT)
                                && d.name().equals(doc.token(i).text())
                        ? i
                        : -1;
            }
            expr(d.init());
            LocalVar v = ann.local(d);
            index.declareLocal(v, doc, token, false, function);
            add(token, v, true);
        } else if (s instanceof ExprStmt e) {
            expr(e.expr());
        } else if (s instanceof IfStmt i) {
            expr(i.condition());
            block(i.then());
            if (i.otherwise() != null) {
                stmt(i.otherwise());
            }
        } else if (s instanceof WhileStmt w) {
            expr(w.condition());
            block(w.body());
        } else if (s instanceof ForStmt f) {
            expr(f.start());
            expr(f.end());
            LocalVar v = ann.local(f);
            int token = tokenAt(f.variablePos());
            index.declareLocal(v, doc, token, false, function);
            add(token, v, true);
            block(f.body());
        } else if (s instanceof ReturnStmt r) {
            if (r.value() != null) {
                expr(r.value());
            }
        } else if (s instanceof BlockStmt b) {
            block(b.block());
        }
    }

    // ---- expressions ---------------------------------------------------------------------

    private void expr(Expr e) {
        if (e == null) {
            return;
        }
        if (e instanceof NameExpr n) {
            name(n);
        } else if (e instanceof MemberExpr m) {
            member(m);
        } else if (e instanceof CallExpr c) {
            call(c);
        } else if (e instanceof EnumCtorExpr c) {
            VariantSymbol v = ann.variant(c);
            variantPath(c.enumType(), v, c.variant());
            c.args().forEach(this::expr);
        } else if (e instanceof StructLit s) {
            StructType t = ann.struct(s);
            int first = tokenAt(s.type().pos());
            if (t != null && first >= 0) {
                add(first + 2 * (s.type().path().size() - 1), t.symbol(), false);
                modulePath(first, s.type().path());
            }
            for (FieldInit f : s.fields()) {
                if (t != null) {
                    FieldSymbol fs = t.symbol().fields().get(f.name());
                    if (fs != null) {
                        index.field(t.symbol(), fs);
                        add(tokenAt(f.pos()), fs, false);
                    }
                }
                expr(f.value());
            }
        } else if (e instanceof UnaryExpr u) {
            expr(u.operand());
        } else if (e instanceof BinaryExpr b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof AssignExpr a) {
            expr(a.target());
            expr(a.value());
        } else if (e instanceof TryExpr t) {
            expr(t.operand());
        } else if (e instanceof LambdaExpr l) {
            lambda(l);
        } else if (e instanceof MatchExpr m) {
            expr(m.scrutinee());
            for (MatchArm arm : m.arms()) {
                pattern(arm.pattern());
                expr(arm.guard());
                expr(arm.body());
            }
        } else if (e instanceof BlockExpr b) {
            block(b.block());
        } else if (e instanceof StringLit s) {
            for (StringPart p : s.parts()) {
                if (p instanceof StringPart.Interpolation i) {
                    expr(i.expr());
                }
            }
        }
    }

    private void name(NameExpr n) {
        Resolved r = ann.resolution(n);
        Object key = null;
        if (r instanceof Resolved.LocalRef l) {
            key = l.var();
        } else if (r instanceof Resolved.FunctionRef f) {
            key = f.function();
        } else if (r instanceof Resolved.ModuleRef m) {
            key = m.module();
        }
        add(tokenAt(n.pos()), key, false);
    }

    private void member(MemberExpr m) {
        Resolved r = ann.resolution(m);
        Object key = null;
        if (r instanceof Resolved.FieldRef f) {
            index.field(f.owner(), f.field());
            key = f.field();
        } else if (r instanceof Resolved.MethodRef mr) {
            key = mr.method();
        } else if (r instanceof Resolved.FunctionRef f) {
            key = f.function();
        } else if (r instanceof Resolved.ModuleRef mod) {
            key = mod.module();
        } else if (r instanceof Resolved.EventRef ev) {
            key = new ProgramIndex.EventKey(ev.owner(), ev.event());
        }
        add(tokenAt(m.pos()), key, false);
        expr(m.target());
    }

    private void call(CallExpr c) {
        CallTarget target = ann.call(c);
        Expr callee = c.callee();
        Object key = null;
        if (target instanceof CallTarget.FunctionCall f) {
            key = f.function();
        } else if (target instanceof CallTarget.MethodCall m) {
            key = m.method();
        } else if (target instanceof CallTarget.EventCall ev) {
            key = new ProgramIndex.EventKey(ev.owner(), ev.event());
        }
        if (key != null && (callee instanceof NameExpr || callee instanceof MemberExpr)) {
            add(tokenAt(callee.pos()), key, false);
            if (callee instanceof MemberExpr m) {
                expr(m.target());
            }
        } else {
            expr(callee);
        }
        c.args().forEach(this::expr);
    }

    private void lambda(LambdaExpr l) {
        LambdaInfo info = ann.lambda(l);
        for (int i = 0; i < l.params().size(); i++) {
            LambdaParam p = l.params().get(i);
            int token;
            if (p.type() != null) {
                type(p.type());
                token = TypeTokens.nameAfter(doc, p.type(), p.name());
            } else {
                token = tokenAt(p.pos());
            }
            if (info != null && i < info.params().size()) {
                LocalVar v = info.params().get(i);
                index.declareLocal(v, doc, token, true, function);
                add(token, v, true);
            }
        }
        expr(l.body());
    }

    /** {@code a.E::V}: module segments, the enum and the variant. */
    private void variantPath(NamedType enumType, VariantSymbol v, String variant) {
        int first = tokenAt(enumType.pos());
        if (first < 0) {
            return;
        }
        int last = first + 2 * (enumType.path().size() - 1);
        if (v != null) {
            add(last, v.owner(), false);
            modulePath(first, enumType.path());
            int name = last + 2;
            if (name < doc.tokens().size() && variant.equals(doc.token(name).text())) {
                add(name, v, false);
            }
        } else {
            DeclSymbol d = NameLookup.type(module, enumType.path());
            add(last, d, false);
        }
    }

    private void pattern(Pattern p) {
        if (p instanceof BindingPattern b) {
            LocalVar v = ann.local(b);
            int token = tokenAt(b.pos());
            index.declareLocal(v, doc, token, false, function);
            add(token, v, true);
        } else if (p instanceof VariantPattern v) {
            Object info = ann.pattern(v);
            variantPath(v.enumType(), info instanceof VariantSymbol vs ? vs : null, v.variant());
            v.fields().forEach(this::pattern);
        } else if (p instanceof LiteralPattern l) {
            expr(l.literal());
        }
    }
}
