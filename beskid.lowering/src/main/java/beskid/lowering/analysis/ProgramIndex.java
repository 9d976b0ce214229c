package beskid.lowering.analysis;

import beskid.lowering.analysis.api.Location;
import beskid.lowering.analysis.api.OutlineNode;
import beskid.lowering.analysis.api.Position;
import beskid.lowering.analysis.api.Range;
import beskid.lowering.analysis.api.SymbolInfo;
import beskid.lowering.analysis.api.SymbolKind;
import beskid.lowering.ast.ContractDecl;
import beskid.lowering.ast.EnumDecl;
import beskid.lowering.ast.EventDecl;
import beskid.lowering.ast.FieldDecl;
import beskid.lowering.ast.InlineModDecl;
import beskid.lowering.ast.Item;
import beskid.lowering.ast.TestDecl;
import beskid.lowering.ast.TypeDecl;
import beskid.lowering.ast.VariantDecl;
import beskid.lowering.sema.DeclaredTypeSymbol;
import beskid.lowering.sema.EnumSymbol;
import beskid.lowering.sema.EventSymbol;
import beskid.lowering.sema.FieldSymbol;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.LocalVar;
import beskid.lowering.sema.ModuleSymbol;
import beskid.lowering.sema.StructSymbol;
import beskid.lowering.sema.TypeParam;
import beskid.lowering.sema.VariantSymbol;
import beskid.lowering.syntax.Token;
import beskid.lowering.syntax.TokenKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The symbols of one checked program: every name in its files with the symbol it declares or
 * refers to (from the checker's annotations and the checker's own name rules), and each
 * file's outline. Symbols are identified by where they are declared ({@code uri#line:char}),
 * so the same declaration checked as part of two programs is one symbol.
 */
final class ProgramIndex {
    private final ProgramRun run;
    private final Map<Object, SymbolInfo> infos = new IdentityHashMap<>();
    private final Map<TypeParam, SymbolInfo> typeParamInfos = new HashMap<>();
    private final Map<String, List<Occurrence>> occurrences = new LinkedHashMap<>();
    private final Map<String, List<OutlineNode>> outlines = new LinkedHashMap<>();
    private final Map<EventKey, SymbolInfo> eventInfos = new HashMap<>();

    ProgramIndex(ProgramRun run) {
        this.run = run;
        for (ProgramRun.FileData f : run.files().values()) {
            occurrences.put(f.uri(), new ArrayList<>());
        }
        new SymbolCollector(this, run).collectAll();
        for (List<Occurrence> list : occurrences.values()) {
            list.sort(Comparator.comparingInt(Occurrence::start).thenComparing(o -> !o.declaration()));
            dedupe(list);
        }
        for (ProgramRun.FileData f : run.files().values()) {
            outlines.put(f.uri(), new OutlineBuilder(this, f).build());
        }
    }

    ProgramRun run() {
        return run;
    }

    /** Names in a file, in source order. */
    List<Occurrence> occurrences(String uri) {
        return occurrences.getOrDefault(uri, List.of());
    }

    List<OutlineNode> outline(String uri) {
        return outlines.getOrDefault(uri, List.of());
    }

    /** Every file's names. */
    Map<String, List<Occurrence>> allOccurrences() {
        return occurrences;
    }

    /** The name touching an offset of a file, or null. */
    Occurrence at(String uri, int offset) {
        Occurrence best = null;
        for (Occurrence o : occurrences(uri)) {
            if (o.start() > offset) {
                break;
            }
            if (offset <= o.end()) {
                best = o; // a later one starting at the offset wins over one ending there
            }
        }
        return best;
    }

    private static void dedupe(List<Occurrence> list) {
        int w = 0;
        for (int r = 0; r < list.size(); r++) {
            Occurrence o = list.get(r);
            if (w > 0 && list.get(w - 1).start() == o.start()) {
                continue;
            }
            list.set(w++, o);
        }
        list.subList(w, list.size()).clear();
    }

    /** Adds a name of file {@code uri} at token {@code token} referring to (or declaring) {@code key}. */
    void add(String uri, DocumentText doc, int token, Object key, boolean declaration) {
        if (token < 0 || key == null) {
            return;
        }
        SymbolInfo info = info(key);
        if (info == null) {
            return;
        }
        Token t = doc.token(token);
        List<Occurrence> list = occurrences.get(uri);
        if (list != null) {
            list.add(new Occurrence(t.offset(), t.endOffset(), info, declaration));
        }
    }

    /** Notes where a local is declared (its file's URI and the token index of its name). */
    void declareLocal(LocalVar v, DocumentText doc, int token, boolean param, String container) {
        if (token < 0 || v == null || infos.containsKey(v)) {
            return;
        }
        infos.put(
                v,
                new SymbolInfo(
                        id(doc, doc.token(token)),
                        v.name(),
                        param ? SymbolKind.PARAMETER : SymbolKind.LOCAL,
                        new Location(doc.uri(), doc.range(doc.token(token))),
                        Signatures.local(v),
                        null,
                        container));
    }

    /** The symbol of a sema object, or null when it has no declaration to point at. */
    SymbolInfo info(Object key) {
        if (key instanceof SymbolInfo s) {
            return s;
        }
        if (key instanceof TypeParam p) {
            return typeParamInfos.computeIfAbsent(p, this::typeParam);
        }
        if (key instanceof EventKey e) {
            return eventInfos.computeIfAbsent(e, this::make);
        }
        SymbolInfo known = infos.get(key);
        if (known != null || infos.containsKey(key)) {
            return known;
        }
        SymbolInfo made = make(key);
        infos.put(key, made);
        return made;
    }

    /** The symbol of a field, whose declaration only its owner knows. */
    SymbolInfo field(Object owner, FieldSymbol f) {
        SymbolInfo known = infos.get(f);
        if (known != null) {
            return known;
        }
        SymbolInfo made = fieldInfo(owner, f);
        infos.put(f, made);
        return made;
    }

    private SymbolInfo make(Object key) {
        if (key instanceof FunctionSymbol f) {
            Site site = site(f.module(), f.decl().pos().offset());
            if (site == null) {
                return null;
            }
            int name = TypeTokens.nameAfter(site.doc, f.decl().returnType(), f.name());
            String container = f.owner() != null ? f.owner().name() : container(f.module());
            return symbol(
                    site.doc,
                    name,
                    f.name(),
                    f.isMethod() ? SymbolKind.METHOD : SymbolKind.FUNCTION,
                    Signatures.function(f),
                    f.decl().doc(),
                    container);
        }
        if (key instanceof DeclaredTypeSymbol<?> d) {
            Object decl = d.decl();
            int pos = ((Item) decl).pos().offset();
            Site site = site(d.module(), pos);
            if (site == null) {
                return null;
            }
            TokenKind keyword = d instanceof StructSymbol
                    ? TokenKind.KW_TYPE
                    : d instanceof EnumSymbol ? TokenKind.KW_ENUM : TokenKind.KW_CONTRACT;
            int kw = site.doc.kindAfter(site.doc.tokenIndex(pos), keyword);
            int name = kw < 0 ? -1 : kw + 1;
            String doc = decl instanceof TypeDecl t
                    ? t.doc()
                    : decl instanceof EnumDecl e ? e.doc() : ((ContractDecl) decl).doc();
            SymbolKind kind = d instanceof StructSymbol
                    ? SymbolKind.STRUCT
                    : d instanceof EnumSymbol ? SymbolKind.ENUM : SymbolKind.CONTRACT;
            String params = d instanceof StructSymbol s
                    ? Signatures.typeParams(s.typeParams())
                    : d instanceof EnumSymbol e ? Signatures.typeParams(e.typeParams()) : "";
            String word = d instanceof StructSymbol ? "type " : d instanceof EnumSymbol ? "enum " : "contract ";
            return symbol(site.doc, name, d.name(), kind, word + d.name() + params, doc, container(d.module()));
        }
        if (key instanceof VariantSymbol v) {
            EnumDecl decl = v.owner().decl();
            if (v.index() >= decl.variants().size()) {
                return null;
            }
            VariantDecl vd = decl.variants().get(v.index());
            Site site = site(v.owner().module(), vd.pos().offset());
            if (site == null) {
                return null;
            }
            int name = site.doc.tokenStartingAt(vd.pos().offset());
            return symbol(
                    site.doc,
                    name,
                    v.name(),
                    SymbolKind.VARIANT,
                    Signatures.variant(v),
                    docAt(site.doc, name),
                    v.owner().name());
        }
        if (key instanceof ModuleSymbol m) {
            return module(m);
        }
        if (key instanceof EventKey e) {
            for (EventDecl ed : e.owner().decl().events()) {
                if (ed.name().equals(e.event().name())) {
                    Site site = site(e.owner().module(), ed.pos().offset());
                    if (site == null) {
                        return null;
                    }
                    int name = site.doc.identAfter(site.doc.tokenIndex(ed.pos().offset()), ed.name());
                    return symbol(
                            site.doc,
                            name,
                            ed.name(),
                            SymbolKind.EVENT,
                            Signatures.event(e.event()),
                            docAt(site.doc, site.doc.tokenIndex(ed.pos().offset())),
                            e.owner().name());
                }
            }
            return null;
        }
        if (key instanceof TestDecl t) {
            Site site = site(null, t.pos().offset());
            if (site == null) {
                return null;
            }
            int kw = site.doc.kindAfter(site.doc.tokenIndex(t.pos().offset()), TokenKind.KW_TEST);
            return symbol(site.doc, kw < 0 ? -1 : kw + 1, t.name(), SymbolKind.TEST, "test " + t.name(), null, null);
        }
        return null;
    }

    private SymbolInfo fieldInfo(Object owner, FieldSymbol f) {
        List<FieldDecl> decls;
        ModuleSymbol module;
        String container;
        if (owner instanceof StructSymbol s) {
            decls = s.decl().fields();
            module = s.module();
            container = s.name();
        } else if (owner instanceof VariantSymbol v
                && v.index() < v.owner().decl().variants().size()) {
            decls = v.owner().decl().variants().get(v.index()).fields();
            module = v.owner().module();
            container = v.owner().name() + "::" + v.name();
        } else {
            return null;
        }
        for (FieldDecl fd : decls) {
            if (fd.pos().equals(f.pos())) {
                Site site = site(module, fd.pos().offset());
                if (site == null) {
                    return null;
                }
                int name = TypeTokens.nameAfter(site.doc, fd.type(), fd.name());
                return symbol(
                        site.doc,
                        name,
                        f.name(),
                        SymbolKind.FIELD,
                        Signatures.field(f),
                        docAt(site.doc, site.doc.tokenStartingAt(fd.pos().offset())),
                        container);
            }
        }
        return null;
    }

    private SymbolInfo typeParam(TypeParam p) {
        if (p.owner() instanceof FunctionSymbol f) {
            Site site = site(f.module(), f.decl().pos().offset());
            if (site == null) {
                return null;
            }
            int name = TypeTokens.nameAfter(site.doc, f.decl().returnType(), f.name());
            return typeParamAt(site.doc, name, p, f.name());
        }
        if (p.owner() instanceof DeclaredTypeSymbol<?> d) {
            SymbolInfo owner = info(d);
            if (owner == null) {
                return null;
            }
            Site site = site(d.module(), ((Item) d.decl()).pos().offset());
            if (site == null) {
                return null;
            }
            int name = site.doc.tokenIndex(
                    site.doc.offset(owner.declaration().range().start()));
            return typeParamAt(site.doc, name, p, d.name());
        }
        return null;
    }

    /** A type parameter declared in the {@code <..>} after its owner's name (token {@code name}). */
    private SymbolInfo typeParamAt(DocumentText doc, int name, TypeParam p, String owner) {
        if (name < 0 || name + 1 >= doc.tokens().size() || !doc.token(name + 1).is(TokenKind.LT)) {
            return null;
        }
        for (int i = name + 2; i < doc.tokens().size(); i++) {
            Token t = doc.token(i);
            if (t.is(TokenKind.IDENT) && p.name().equals(t.text())) {
                return symbol(doc, i, p.name(), SymbolKind.TYPE_PARAMETER, p.name(), null, owner);
            }
            if (!t.is(TokenKind.IDENT) && !t.is(TokenKind.COMMA)) {
                return null;
            }
        }
        return null;
    }

    private SymbolInfo module(ModuleSymbol m) {
        if (m.isStd()) {
            DocumentText doc = StdDocuments.document(m.name());
            String uri = doc != null ? doc.uri() : StdDocuments.uri(m.name());
            Range start = new Range(new Position(0, 0), new Position(0, 0));
            return new SymbolInfo(
                    uri + "#module",
                    m.simpleName(),
                    SymbolKind.MODULE,
                    new Location(uri, start),
                    "mod " + m.name(),
                    null,
                    null);
        }
        if (m.parent() != null) {
            for (Item item : m.parent().items()) {
                if (item instanceof InlineModDecl d && d.name().equals(m.simpleName())) {
                    Site site = site(m.parent(), d.pos().offset());
                    if (site == null) {
                        return null;
                    }
                    int kw = site.doc.kindAfter(site.doc.tokenIndex(d.pos().offset()), TokenKind.KW_MOD);
                    return symbol(
                            site.doc,
                            kw < 0 ? -1 : kw + 1,
                            m.simpleName(),
                            SymbolKind.MODULE,
                            "mod " + m.name(),
                            null,
                            container(m.parent()));
                }
            }
            return null;
        }
        for (ProgramRun.FileData f : run.files().values()) {
            if (f.file().module() == m) {
                Range start = new Range(new Position(0, 0), new Position(0, 0));
                return new SymbolInfo(
                        f.uri() + "#module",
                        m.simpleName(),
                        SymbolKind.MODULE,
                        new Location(f.uri(), start),
                        "mod " + m.name(),
                        null,
                        null);
            }
        }
        return null;
    }

    /** The module a declaration's container is named after: null for the program's root module. */
    static String container(ModuleSymbol m) {
        return m == null || m.isProgramRoot() ? null : m.name();
    }

    private SymbolInfo symbol(
            DocumentText doc,
            int name,
            String text,
            SymbolKind kind,
            String detail,
            String documentation,
            String container) {
        if (name < 0 || name >= doc.tokens().size()) {
            return null;
        }
        Token t = doc.token(name);
        if (!t.is(TokenKind.IDENT) || !text.equals(t.text())) {
            return null;
        }
        return new SymbolInfo(
                id(doc, t), text, kind, new Location(doc.uri(), doc.range(t)), detail, documentation, container);
    }

    /** A symbol's identity: where its name is declared. */
    static String id(DocumentText doc, Token name) {
        Position p = doc.position(name.offset());
        return doc.uri() + "#" + p.line() + ":" + p.character();
    }

    /** The doc comment right before a declaration's first token, or null. */
    private static String docAt(DocumentText doc, int token) {
        return token < 0 ? null : doc.token(token).doc();
    }

    /** Where a declaration of a module is: a file of this program, or a Std document. */
    private record Site(DocumentText doc) {}

    private Site site(ModuleSymbol module, int offset) {
        ModuleSymbol file = module;
        while (file != null && file.parent() != null) {
            file = file.parent();
        }
        if (file != null && file.isStd()) {
            DocumentText doc = StdDocuments.document(file.name());
            return doc == null ? null : new Site(doc);
        }
        ProgramRun.FileData f = run.fileAt(offset);
        return f == null ? null : new Site(f.doc());
    }

    /** An event of a struct, as a symbol key (EventSymbol records compare by value). */
    record EventKey(StructSymbol owner, EventSymbol event) {}
}
