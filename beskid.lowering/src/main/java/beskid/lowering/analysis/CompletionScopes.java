package beskid.lowering.analysis;

import beskid.lowering.analysis.api.Completion;
import beskid.lowering.analysis.api.SymbolKind;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.InlineModDecl;
import beskid.lowering.ast.Item;
import beskid.lowering.check.NameLookup;
import beskid.lowering.sema.Annotations;
import beskid.lowering.sema.ContractType;
import beskid.lowering.sema.DeclSymbol;
import beskid.lowering.sema.EnumSymbol;
import beskid.lowering.sema.EnumType;
import beskid.lowering.sema.EventSymbol;
import beskid.lowering.sema.FieldSymbol;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.LocalVar;
import beskid.lowering.sema.ModuleSymbol;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.StructSymbol;
import beskid.lowering.sema.StructType;
import beskid.lowering.sema.Type;
import beskid.lowering.sema.Types;
import beskid.lowering.sema.VariantSymbol;
import beskid.lowering.syntax.Token;
import beskid.lowering.syntax.TokenKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What may be written at a position: after {@code x.} the members of x's module or type, after
 * {@code E::} an enum's variants, elsewhere the locals in scope, then the items and modules
 * the enclosing module sees.
 */
final class CompletionScopes {
    private final ProgramRun run;
    private final ProgramRun.FileData file;
    private final DocumentText doc;
    private final Annotations ann;
    private final Extents extents;
    private final VisibleLocals locals;

    CompletionScopes(ProgramRun run, ProgramRun.FileData file) {
        this.run = run;
        this.file = file;
        this.doc = file.doc();
        this.ann = run.annotations();
        this.extents = new Extents(doc);
        this.locals = new VisibleLocals(file, ann, extents);
    }

    List<Completion> at(int offset) {
        if (inCommentOrText(offset)) {
            return List.of();
        }
        // the name being typed, if any, and the token before it
        int i = doc.tokenIndex(offset) - 1;
        if (i >= 0 && doc.token(i).is(TokenKind.IDENT) && doc.token(i).endOffset() == offset) {
            i--;
        }
        Token before = i >= 0 ? doc.token(i) : null;
        ModuleSymbol module = moduleAt(offset);
        Map<String, Completion> out = new LinkedHashMap<>();
        if (before != null && before.is(TokenKind.DOT)) {
            members(i, module, out);
        } else if (before != null && before.is(TokenKind.COLON_COLON)) {
            List<String> path = pathBefore(i);
            DeclSymbol d = path.isEmpty() ? null : NameLookup.type(module, path);
            if (d instanceof EnumSymbol e) {
                for (VariantSymbol v : e.variants()) {
                    add(out, v.name(), SymbolKind.VARIANT, Signatures.variant(v), null);
                }
            }
        } else {
            locals(offset, out);
            scope(module, out);
        }
        return new ArrayList<>(out.values());
    }

    /** Whether an offset is inside a comment or the text of a string or char literal (not an interpolation). */
    private boolean inCommentOrText(int offset) {
        for (beskid.lowering.syntax.Comment c : doc.comments()) {
            boolean lineComment = doc.text().startsWith("//", c.offset() - doc.base());
            // a line comment runs to its line's end, so the end of the line is still inside it
            if (c.offset() < offset && (offset < c.endOffset() || lineComment && offset == c.endOffset())) {
                return true;
            }
        }
        int i = doc.tokenIndex(offset) - 1;
        if (i < 0) {
            return false;
        }
        Token t = doc.token(i);
        return t.offset() < offset
                && offset < t.endOffset()
                && switch (t.kind()) {
                    case STRING, CHAR, STRING_HEAD, STRING_MID, STRING_TAIL -> true;
                    default -> false;
                };
    }

    /** Members after {@code target.}: a module's items, or a value's fields and methods. */
    private void members(int dot, ModuleSymbol module, Map<String, Completion> out) {
        List<String> path = pathBefore(dot);
        ModuleSymbol target = null;
        if (!path.isEmpty() && local(path.get(0), doc.token(dot).offset()) == null) {
            Object first = NameLookup.value(module, path.get(0));
            target = first instanceof ModuleSymbol m ? m : null;
            for (int k = 1; k < path.size() && target != null; k++) {
                target = target.inlineModules().get(path.get(k));
            }
        }
        if (target != null) {
            for (FunctionSymbol f : target.functions().values()) {
                if (f.decl().pub() || encloses(target, module)) {
                    addFunction(out, f.name(), f);
                }
            }
            for (Map.Entry<String, ModuleSymbol> m : target.inlineModules().entrySet()) {
                addModule(out, m.getKey(), m.getValue());
            }
            for (DeclSymbol d : target.types().values()) {
                addType(out, d);
            }
            return;
        }
        Type t = typeEndingAt(doc.token(dot).offset());
        if (t == null && !path.isEmpty()) {
            // the parser dropped the unfinished statement: follow `local.field.field` by name
            LocalVar v = local(path.get(0), doc.token(dot).offset());
            t = v == null ? null : v.type();
            for (int k = 1; k < path.size() && t != null; k++) {
                FieldSymbol f = t instanceof StructType s ? s.symbol().fields().get(path.get(k)) : null;
                t = f == null
                        ? null
                        : Types.substitute(
                                f.type(), Types.bind(((StructType) t).symbol().typeParams(), ((StructType) t).args()));
            }
        }
        if (t instanceof StructType s) {
            for (FieldSymbol f : s.symbol().fields().values()) {
                add(out, f.name(), SymbolKind.FIELD, Signatures.field(f), null);
            }
            for (EventSymbol e : s.symbol().events().values()) {
                add(out, e.name(), SymbolKind.EVENT, Signatures.event(e), null);
            }
            methods(s.symbol().methods(), out);
        } else if (t instanceof EnumType e) {
            methods(e.symbol().methods(), out);
        } else if (t instanceof ContractType c) {
            methods(c.symbol().allMethods(), out);
        }
    }

    /** Whether code in {@code from} is inside {@code owner}, so it sees owner's private items. */
    private static boolean encloses(ModuleSymbol owner, ModuleSymbol from) {
        for (ModuleSymbol m = from; m != null; m = m.parent()) {
            if (m == owner) {
                return true;
            }
        }
        return false;
    }

    private void methods(Map<String, FunctionSymbol> methods, Map<String, Completion> out) {
        for (FunctionSymbol f : methods.values()) {
            add(
                    out,
                    f.name(),
                    SymbolKind.METHOD,
                    Signatures.function(f),
                    f.decl().doc());
        }
    }

    /** The names {@code a.b.c} written right before token {@code sep} ({@code .} or {@code ::}). */
    private List<String> pathBefore(int sep) {
        List<String> path = new ArrayList<>();
        int i = sep - 1;
        while (i >= 0 && doc.token(i).is(TokenKind.IDENT)) {
            path.add(0, doc.token(i).text());
            if (i >= 1 && doc.token(i - 1).is(TokenKind.DOT)) {
                i -= 2;
            } else {
                break;
            }
        }
        return path;
    }

    /** The type of the largest checked expression that ends right at an offset, or null. */
    private Type typeEndingAt(int end) {
        Type[] found = new Type[1];
        int[] size = {-1};
        AstWalk.items(file.file().unit().items(), new AstWalk.Visitor() {
            @Override
            public void expr(Expr e) {
                int start = Extents.start(e);
                if (start < end && extents.end(e) == end) {
                    Type t = ann.type(e);
                    if (t != Prim.ERROR && end - start > size[0]) {
                        found[0] = t;
                        size[0] = end - start;
                    }
                }
            }
        });
        return found[0];
    }

    private void scope(ModuleSymbol module, Map<String, Completion> out) {
        for (ModuleSymbol m = module; m != null; m = m.parent()) {
            for (FunctionSymbol f : m.functions().values()) {
                addFunction(out, f.name(), f);
            }
            for (DeclSymbol d : m.types().values()) {
                addType(out, d);
            }
            for (Map.Entry<String, ModuleSymbol> e : m.inlineModules().entrySet()) {
                addModule(out, e.getKey(), e.getValue());
            }
            for (Map.Entry<String, Object> e : m.imports().entrySet()) {
                Object target = e.getValue();
                if (target instanceof ModuleSymbol mod) {
                    addModule(out, e.getKey(), mod);
                } else if (target instanceof FunctionSymbol f) {
                    addFunction(out, e.getKey(), f);
                } else if (target instanceof DeclSymbol d) {
                    addType(out, d);
                }
            }
        }
        for (Prim p : Prim.values()) {
            if (p != Prim.UNTYPED_INT && p != Prim.ERROR) {
                add(out, p.display(), SymbolKind.KEYWORD, null, null);
            }
        }
        for (String kw : List.of(
                "let",
                "mut",
                "if",
                "else",
                "while",
                "for",
                "in",
                "return",
                "break",
                "continue",
                "match",
                "true",
                "false")) {
            add(out, kw, SymbolKind.KEYWORD, null, null);
        }
    }

    private void addType(Map<String, Completion> out, DeclSymbol d) {
        if (d instanceof StructSymbol s) {
            add(
                    out,
                    d.name(),
                    SymbolKind.STRUCT,
                    "type " + d.name() + Signatures.typeParams(s.typeParams()),
                    s.decl().doc());
        } else if (d instanceof EnumSymbol e) {
            add(
                    out,
                    d.name(),
                    SymbolKind.ENUM,
                    "enum " + d.name() + Signatures.typeParams(e.typeParams()),
                    e.decl().doc());
        } else if (d instanceof beskid.lowering.sema.ContractSymbol c) {
            add(
                    out,
                    d.name(),
                    SymbolKind.CONTRACT,
                    "contract " + d.name(),
                    c.decl().doc());
        }
    }

    private static void addFunction(Map<String, Completion> out, String label, FunctionSymbol f) {
        add(out, label, SymbolKind.FUNCTION, Signatures.function(f), f.decl().doc());
    }

    private static void addModule(Map<String, Completion> out, String label, ModuleSymbol m) {
        add(out, label, SymbolKind.MODULE, "mod " + m.name(), null);
    }

    private static void add(Map<String, Completion> out, String label, SymbolKind kind, String detail, String doc) {
        out.putIfAbsent(label, new Completion(label, kind, detail, doc));
    }

    /** The module whose items enclose an offset (inline modules included). */
    private ModuleSymbol moduleAt(int offset) {
        ModuleSymbol m = file.file().module();
        List<Item> items = file.file().unit().items();
        boolean deeper = true;
        while (deeper) {
            deeper = false;
            for (Item item : items) {
                if (item instanceof InlineModDecl d
                        && item.pos().offset() <= offset
                        && offset <= blockEnd(item.pos().offset())) {
                    ModuleSymbol inner = m.inlineModules().get(d.name());
                    if (inner != null) {
                        m = inner;
                        items = d.items();
                        deeper = true;
                        break;
                    }
                }
            }
        }
        return m;
    }

    private int blockEnd(int offset) {
        int brace = doc.kindAfter(doc.tokenIndex(offset), TokenKind.LBRACE);
        int close = doc.partner(brace);
        return close < 0 ? Integer.MAX_VALUE : doc.token(close).offset();
    }

    /** The local named {@code name} visible at an offset, or null. */
    private LocalVar local(String name, int offset) {
        LocalVar found = null;
        for (LocalVar v : locals.at(offset)) {
            if (v.name().equals(name)) {
                found = v; // the innermost (last declared) wins
            }
        }
        return found;
    }

    private void locals(int offset, Map<String, Completion> out) {
        List<LocalVar> vars = locals.at(offset);
        for (int k = vars.size() - 1; k >= 0; k--) {
            LocalVar v = vars.get(k);
            if (!v.name().equals("this") || v.type() != Prim.ERROR) {
                add(out, v.name(), SymbolKind.LOCAL, Signatures.local(v), null);
            }
        }
    }
}
