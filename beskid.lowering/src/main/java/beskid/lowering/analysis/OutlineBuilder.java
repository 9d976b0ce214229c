package beskid.lowering.analysis;

import beskid.lowering.analysis.api.OutlineNode;
import beskid.lowering.analysis.api.Range;
import beskid.lowering.analysis.api.SymbolInfo;
import beskid.lowering.analysis.api.SymbolKind;
import beskid.lowering.ast.ContractDecl;
import beskid.lowering.ast.EnumDecl;
import beskid.lowering.ast.EventDecl;
import beskid.lowering.ast.FieldDecl;
import beskid.lowering.ast.FunctionDecl;
import beskid.lowering.ast.ImplDecl;
import beskid.lowering.ast.InlineModDecl;
import beskid.lowering.ast.Item;
import beskid.lowering.ast.NamedType;
import beskid.lowering.ast.TestDecl;
import beskid.lowering.ast.TypeDecl;
import beskid.lowering.ast.VariantDecl;
import beskid.lowering.syntax.Token;
import beskid.lowering.syntax.TokenKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A file's outline: its items with their members, each with the range of the whole
 * declaration and of its name. Names and details come from the symbol index, so an item the
 * checker rejected (a duplicate) still shows, with what the parser knows.
 */
final class OutlineBuilder {
    private final DocumentText doc;
    private final List<Item> items;
    private final Map<Integer, SymbolInfo> declared = new HashMap<>();

    OutlineBuilder(ProgramIndex index, ProgramRun.FileData file) {
        this.doc = file.doc();
        this.items = file.file().unit().items();
        for (Occurrence o : index.occurrences(file.uri())) {
            if (o.declaration()) {
                declared.put(o.start(), o.symbol());
            }
        }
    }

    List<OutlineNode> build() {
        return items(items);
    }

    private List<OutlineNode> items(List<Item> list) {
        List<OutlineNode> out = new ArrayList<>();
        for (Item item : list) {
            OutlineNode n = item(item);
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }

    private OutlineNode item(Item item) {
        int start = item.pos().offset();
        if (item instanceof FunctionDecl f) {
            return function(f, SymbolKind.FUNCTION);
        }
        if (item instanceof TypeDecl t) {
            List<OutlineNode> members = new ArrayList<>();
            for (FieldDecl f : t.fields()) {
                members.add(field(f));
            }
            for (EventDecl e : t.events()) {
                int name = doc.identAfter(doc.tokenIndex(e.pos().offset()), e.name());
                members.add(node(e.name(), SymbolKind.EVENT, e.pos().offset(), untilClose(name), name, List.of()));
            }
            members.sort(java.util.Comparator.comparing(n -> n.range().start()));
            return node(t.name(), SymbolKind.STRUCT, start, blockEnd(start), after(start, TokenKind.KW_TYPE), members);
        }
        if (item instanceof EnumDecl e) {
            List<OutlineNode> members = new ArrayList<>();
            for (VariantDecl v : e.variants()) {
                int name = doc.tokenStartingAt(v.pos().offset());
                members.add(node(v.name(), SymbolKind.VARIANT, v.pos().offset(), untilClose(name), name, List.of()));
            }
            return node(e.name(), SymbolKind.ENUM, start, blockEnd(start), after(start, TokenKind.KW_ENUM), members);
        }
        if (item instanceof ContractDecl c) {
            List<OutlineNode> members = methods(c.methods());
            return node(
                    c.name(),
                    SymbolKind.CONTRACT,
                    start,
                    blockEnd(start),
                    after(start, TokenKind.KW_CONTRACT),
                    members);
        }
        if (item instanceof ImplDecl impl) {
            List<OutlineNode> members = methods(impl.methods());
            String target = impl.target() instanceof NamedType n ? String.join(".", n.path()) : "?";
            int name = doc.tokenStartingAt(impl.target().pos().offset());
            Range whole = doc.range(start, blockEnd(start));
            Range sel = name >= 0 ? doc.range(doc.token(name)) : whole;
            return new OutlineNode("impl " + target, SymbolKind.STRUCT, null, whole, sel, members);
        }
        if (item instanceof InlineModDecl m) {
            return node(
                    m.name(),
                    SymbolKind.MODULE,
                    start,
                    blockEnd(start),
                    after(start, TokenKind.KW_MOD),
                    items(m.items()));
        }
        if (item instanceof TestDecl t) {
            return node(t.name(), SymbolKind.TEST, start, blockEnd(start), after(start, TokenKind.KW_TEST), List.of());
        }
        return null; // use and mod declarations are not outlined
    }

    private List<OutlineNode> methods(List<FunctionDecl> methods) {
        List<OutlineNode> out = new ArrayList<>();
        for (FunctionDecl m : methods) {
            out.add(function(m, SymbolKind.METHOD));
        }
        return out;
    }

    private OutlineNode function(FunctionDecl f, SymbolKind kind) {
        int start = f.pos().offset();
        int name = TypeTokens.nameAfter(doc, f.returnType(), f.name());
        SymbolInfo s = name >= 0 ? declared.get(doc.token(name).offset()) : null;
        return node(f.name(), s != null ? s.kind() : kind, start, blockEnd(start), name, List.of());
    }

    private OutlineNode field(FieldDecl f) {
        int name = TypeTokens.nameAfter(doc, f.type(), f.name());
        int end = name >= 0 ? doc.token(name).endOffset() : f.pos().offset();
        return node(f.name(), SymbolKind.FIELD, f.pos().offset(), end, name, List.of());
    }

    private OutlineNode node(
            String name, SymbolKind kind, int start, int end, int nameToken, List<OutlineNode> children) {
        Range whole = doc.range(start, Math.max(start, end));
        Range sel = nameToken >= 0 ? doc.range(doc.token(nameToken)) : whole;
        SymbolInfo s = nameToken >= 0 ? declared.get(doc.token(nameToken).offset()) : null;
        return new OutlineNode(name, kind, s != null ? s.detail() : null, whole, sel, children);
    }

    /** The token after the first {@code kind} token from an offset: the name of a declaration. */
    private int after(int offset, TokenKind kind) {
        int kw = doc.kindAfter(doc.tokenIndex(offset), kind);
        return kw < 0 || kw + 1 >= doc.tokens().size() ? -1 : kw + 1;
    }

    /** The end of a name and the parenthesized list after it ({@code Some(T value)}), if any. */
    private int untilClose(int name) {
        if (name < 0) {
            return 0;
        }
        int next = name + 1;
        if (next < doc.tokens().size() && doc.token(next).is(TokenKind.LPAREN)) {
            int close = partner(next);
            if (close > 0) {
                return doc.token(close).endOffset();
            }
        }
        return doc.token(name).endOffset();
    }

    /**
     * The end of an item starting at an offset: its first {@code ;} or its body's closing brace,
     * outside brackets and parentheses.
     */
    private int blockEnd(int offset) {
        for (int i = doc.tokenIndex(offset); i < doc.tokens().size(); i++) {
            Token t = doc.token(i);
            switch (t.kind()) {
                case LPAREN, LBRACKET -> {
                    int close = partner(i);
                    if (close < 0) {
                        return t.endOffset();
                    }
                    i = close;
                }
                case LBRACE -> {
                    int close = partner(i);
                    return close < 0
                            ? doc.token(doc.tokens().size() - 1).offset()
                            : doc.token(close).endOffset();
                }
                case SEMI -> {
                    return t.endOffset();
                }
                case EOF -> {
                    return t.offset();
                }
                default -> {}
            }
        }
        return offset;
    }

    private int partner(int open) {
        return doc.partner(open);
    }
}
