package beskid.lowering.format;

import beskid.lowering.ast.AttributeArg;
import beskid.lowering.ast.AttributeDecl;
import beskid.lowering.ast.AttributeParam;
import beskid.lowering.ast.AttributeUse;
import beskid.lowering.ast.ContractDecl;
import beskid.lowering.ast.EnumDecl;
import beskid.lowering.ast.EventDecl;
import beskid.lowering.ast.FieldDecl;
import beskid.lowering.ast.FunctionDecl;
import beskid.lowering.ast.ImplDecl;
import beskid.lowering.ast.InlineModDecl;
import beskid.lowering.ast.Item;
import beskid.lowering.ast.ModDecl;
import beskid.lowering.ast.SectionEntry;
import beskid.lowering.ast.TestDecl;
import beskid.lowering.ast.TestSection;
import beskid.lowering.ast.TypeDecl;
import beskid.lowering.ast.TypeRef;
import beskid.lowering.ast.UseDecl;
import beskid.lowering.ast.VariantDecl;
import beskid.lowering.syntax.Token;
import beskid.lowering.syntax.TokenKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Items (FORMAT.md rules 1, 2, 4, 5, 12, 14, 15): docs, attributes, the header line, then the
 * body with its braces on lines of their own, or {@code { }} on the header line when empty.
 */
final class ItemPrinter {
    private final Layout out;
    private final SourceTokens tokens;
    private final Comments comments;
    private final ExpressionPrinter expressions;
    private final StatementPrinter statements;

    ItemPrinter(
            Layout out,
            SourceTokens tokens,
            Comments comments,
            ExpressionPrinter expressions,
            StatementPrinter statements) {
        this.out = out;
        this.tokens = tokens;
        this.comments = comments;
        this.expressions = expressions;
        this.statements = statements;
    }

    /** Items in source order, one blank line between any two. */
    void items(List<Item> items, int level) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.blankLine();
            }
            item(items.get(i), level);
        }
    }

    private void item(Item item, int level) {
        int header = header(item.pos().offset(), level);
        if (item instanceof FunctionDecl f) {
            function(f, header, level, true);
        } else if (item instanceof TypeDecl t) {
            typeDecl(t, header, level);
        } else if (item instanceof EnumDecl e) {
            enumDecl(e, header, level);
        } else if (item instanceof ContractDecl c) {
            contractDecl(c, header, level);
        } else if (item instanceof ImplDecl i) {
            implDecl(i, header, level);
        } else if (item instanceof ModDecl m) {
            attributes(m.attributes(), level);
            out.newline(level);
            out.word(pub(m.pub()) + "mod " + String.join(".", m.path()) + ";", header);
        } else if (item instanceof InlineModDecl m) {
            inlineMod(m, header, level);
        } else if (item instanceof UseDecl u) {
            out.newline(level);
            out.word("use " + String.join(".", u.path()) + (u.alias() == null ? "" : " as " + u.alias()) + ";", header);
        } else if (item instanceof TestDecl t) {
            test(t, header, level);
        } else if (item instanceof AttributeDecl a) {
            attributeDecl(a, header, level);
        }
    }

    /**
     * Prints the docs of the item starting at {@code offset} (written before its attributes or
     * among them) and answers the offset of its header: the first token after the attributes.
     */
    private int header(int offset, int level) {
        int first = tokens.indexAt(offset);
        int header = tokens.skipAttributes(first);
        int from = first > 0 ? tokens.get(first - 1).endOffset() : 0;
        List<String> lines = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        for (Comments.Entry doc : comments.docsIn(from, tokens.get(header).offset())) {
            String text = doc.text().substring(3);
            if (text.startsWith(" ")) {
                text = text.substring(1);
            }
            lines.add(text.isBlank() ? "///" : "/// " + text);
            offsets.add(doc.offset());
        }
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).equals("///")) {
            end--; // trailing empty doc lines are dropped
        }
        for (int i = 0; i < end; i++) {
            out.newline(level);
            out.docLine(lines.get(i), offsets.get(i));
        }
        return tokens.get(header).offset();
    }

    private void attributes(List<AttributeUse> attributes, int level) {
        for (AttributeUse a : attributes) {
            out.newline(level);
            out.word("[" + a.name(), a.pos().offset());
            if (!a.args().isEmpty()) {
                out.text("(");
                for (int i = 0; i < a.args().size(); i++) {
                    AttributeArg arg = a.args().get(i);
                    out.text(i > 0 ? ", " : "");
                    if (arg.name() != null) {
                        out.word(arg.name() + ": ", arg.pos().offset());
                    }
                    expressions.print(arg.value());
                }
                out.text(")");
            }
            out.text("]");
        }
    }

    private void headerLine(String text, int header, int level) {
        out.newline(level);
        out.word(text, header);
    }

    private static String pub(boolean pub) {
        return pub ? "pub " : "";
    }

    private void function(FunctionDecl f, int header, int level, boolean withBody) {
        attributes(f.attributes(), level);
        headerLine(
                pub(f.pub()) + TypeText.of(f.returnType()) + " " + f.name() + TypeText.typeParams(f.typeParams()) + "(",
                header,
                level);
        // Each parameter from its own position, so a comment between two stays between them.
        for (int i = 0; i < f.params().size(); i++) {
            out.text(i > 0 ? ", " : "");
            out.word(TypeText.param(f.params().get(i)), f.params().get(i).pos().offset());
        }
        out.text(")");
        if (f.body() == null || !withBody) {
            out.text(";");
            return;
        }
        statements.block(f.body(), level);
    }

    private void typeDecl(TypeDecl t, int header, int level) {
        attributes(t.attributes(), level);
        String conformances = t.contracts().isEmpty() ? "" : " : " + TypeText.list(t.contracts());
        headerLine(
                pub(t.pub()) + "type " + t.name() + TypeText.typeParams(t.typeParams()) + conformances, header, level);
        List<Object> entries = new ArrayList<>(t.fields());
        entries.addAll(t.events());
        entries.sort(Comparator.comparingInt(ItemPrinter::offsetOfEntry));
        body(header, level, entries.size(), (i, inner) -> {
            Object entry = entries.get(i);
            out.newline(inner);
            if (entry instanceof FieldDecl f) {
                out.word(TypeText.of(f.type()) + " " + f.name() + ",", f.pos().offset());
            } else {
                EventDecl e = (EventDecl) entry;
                out.word(
                        "event" + capacity(e) + " " + e.name() + TypeText.params(e.params()) + ",",
                        e.pos().offset());
            }
        });
    }

    private static int offsetOfEntry(Object entry) {
        return entry instanceof FieldDecl f
                ? f.pos().offset()
                : entry instanceof EventDecl e
                        ? e.pos().offset()
                        : ((TypeRef) entry).pos().offset();
    }

    /** {@code {4}} when the capacity was written, else nothing (rule 15). */
    private String capacity(EventDecl e) {
        int at = tokens.indexAt(e.pos().offset());
        if (at + 2 < tokens.size() && tokens.get(at + 1).is(TokenKind.LBRACE)) {
            Token n = tokens.get(at + 2);
            return "{" + tokens.literalAt(n.offset()) + "}";
        }
        return "";
    }

    private void enumDecl(EnumDecl e, int header, int level) {
        attributes(e.attributes(), level);
        headerLine(pub(e.pub()) + "enum " + e.name() + TypeText.typeParams(e.typeParams()), header, level);
        body(header, level, e.variants().size(), (i, inner) -> {
            VariantDecl v = e.variants().get(i);
            String fields = v.fields().isEmpty() ? "" : "(" + fieldList(v.fields()) + ")";
            out.newline(inner);
            out.word(v.name() + fields + ",", v.pos().offset());
        });
    }

    private static String fieldList(List<FieldDecl> fields) {
        StringBuilder s = new StringBuilder();
        for (FieldDecl f : fields) {
            s.append(s.length() > 0 ? ", " : "")
                    .append(TypeText.of(f.type()))
                    .append(' ')
                    .append(f.name());
        }
        return s.toString();
    }

    private void contractDecl(ContractDecl c, int header, int level) {
        attributes(c.attributes(), level);
        headerLine(pub(c.pub()) + "contract " + c.name(), header, level);
        List<Object> entries = new ArrayList<>(c.methods());
        entries.addAll(c.embedded());
        entries.sort(Comparator.comparingInt(
                e -> e instanceof FunctionDecl f ? f.pos().offset() : offsetOfEntry(e)));
        body(header, level, entries.size(), (i, inner) -> {
            Object entry = entries.get(i);
            if (entry instanceof FunctionDecl f) {
                int methodHeader = tokens.get(
                                tokens.skipAttributes(tokens.indexAt(f.pos().offset())))
                        .offset();
                function(f, methodHeader, inner, false);
            } else {
                TypeRef embedded = (TypeRef) entry;
                out.newline(inner);
                out.word(TypeText.of(embedded) + ";", embedded.pos().offset());
            }
        });
    }

    private void implDecl(ImplDecl impl, int header, int level) {
        headerLine("impl " + TypeText.of(impl.target()), header, level);
        body(header, level, impl.methods().size(), (i, inner) -> {
            FunctionDecl f = impl.methods().get(i);
            function(f, header(f.pos().offset(), inner), inner, true);
        });
    }

    private void inlineMod(InlineModDecl m, int header, int level) {
        attributes(m.attributes(), level);
        headerLine(pub(m.pub()) + "mod " + m.name(), header, level);
        int open = tokens.bodyBrace(header);
        if (m.items().isEmpty()) {
            expressions.emptyBraces(open);
            return;
        }
        out.newline(level);
        out.word("{", expressions.offsetOf(open));
        items(m.items(), level + 1);
        out.newline(level);
        out.word("}", expressions.partnerOffset(open));
    }

    private void attributeDecl(AttributeDecl a, int header, int level) {
        String targets = a.targets().isEmpty() ? "" : "(" + String.join(", ", a.targets()) + ")";
        headerLine("attribute " + a.name() + targets, header, level);
        body(header, level, a.params().size(), (i, inner) -> {
            AttributeParam p = a.params().get(i);
            out.newline(inner);
            out.word(p.name() + ": " + TypeText.of(p.type()), p.pos().offset());
            if (p.defaultValue() != null) {
                out.text(" = ");
                expressions.print(p.defaultValue());
            }
            out.text(",");
        });
    }

    private void test(TestDecl t, int header, int level) {
        attributes(t.attributes(), level);
        headerLine("test " + t.name(), header, level);
        boolean empty =
                t.meta() == null && t.skip() == null && t.body().statements().isEmpty();
        if (empty) {
            out.text(" ");
            out.word("{", t.body().pos().offset());
            out.text(" ");
            out.word("}", t.body().end().offset());
            return;
        }
        out.newline(level);
        out.word("{", t.body().pos().offset());
        boolean first = true;
        for (TestSection section : new TestSection[] {t.meta(), t.skip()}) {
            if (section == null) {
                continue;
            }
            if (!first) {
                out.blankLine();
            }
            first = false;
            section(section, section == t.meta() ? "meta" : "skip", level + 1);
        }
        if (!first && !t.body().statements().isEmpty()) {
            out.blankLine();
        }
        statements.statements(t.body().statements(), level + 1, true);
        out.newline(level);
        out.word("}", t.body().end().offset());
    }

    private void section(TestSection s, String keyword, int level) {
        out.newline(level);
        out.word(keyword, s.pos().offset());
        body(s.pos().offset(), level, s.entries().size(), (i, inner) -> {
            SectionEntry e = s.entries().get(i);
            out.newline(inner);
            out.word(e.key() + " = ", e.pos().offset());
            expressions.print(e.value());
            out.text(";");
        });
    }

    /** Prints one entry of a member list at the given level. */
    private interface Entry {
        void print(int index, int level);
    }

    /**
     * A member list (rule 5) whose {@code {} is the first after {@code from}: {@code { }} on the
     * header line when empty, else braces on lines of their own and one blank line between
     * entries.
     */
    private void body(int from, int level, int count, Entry entry) {
        int open = tokens.bodyBrace(from);
        if (count == 0) {
            expressions.emptyBraces(open);
            return;
        }
        out.newline(level);
        out.word("{", expressions.offsetOf(open));
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.blankLine();
            }
            entry.print(i, level + 1);
        }
        out.newline(level);
        out.word("}", expressions.partnerOffset(open));
    }
}
