package beskid.lowering.format;

import beskid.lowering.ast.Block;
import beskid.lowering.ast.BlockStmt;
import beskid.lowering.ast.BreakStmt;
import beskid.lowering.ast.ContinueStmt;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.ExprStmt;
import beskid.lowering.ast.ForStmt;
import beskid.lowering.ast.IfStmt;
import beskid.lowering.ast.LocalDecl;
import beskid.lowering.ast.ReturnStmt;
import beskid.lowering.ast.Stmt;
import beskid.lowering.ast.WhileStmt;
import java.util.List;

/**
 * Statements and blocks (FORMAT.md rules 2, 4, 6, 7): one statement per line, no blank lines
 * but one after an {@code if}/{@code while}/{@code for} directly followed by a declaration.
 */
final class StatementPrinter {
    private final Layout out;
    private final SourceTokens tokens;
    private final ExpressionPrinter expressions;

    StatementPrinter(Layout out, SourceTokens tokens, ExpressionPrinter expressions) {
        this.out = out;
        this.tokens = tokens;
        this.expressions = expressions;
    }

    /** A block with its braces on lines of their own at {@code level}; empty: {@code { }}. */
    void block(Block b, int level) {
        out.newline(level);
        out.word("{", b.pos().offset());
        if (b.statements().isEmpty()) {
            out.text(" ");
            out.word("}", b.end().offset());
            return;
        }
        statements(b.statements(), level + 1, false);
        out.newline(level);
        out.word("}", b.end().offset());
    }

    /** A block expression or lambda block: {@code {} stays on the line, {@code }} at its level. */
    void inlineBlock(Block b) {
        int level = out.lineLevel();
        out.word("{", b.pos().offset());
        if (b.statements().isEmpty()) {
            out.text(" ");
            out.word("}", b.end().offset());
            return;
        }
        statements(b.statements(), level + 1, false);
        out.newline(level);
        out.word("}", b.end().offset());
    }

    /** Statements at {@code level}; {@code spaced} puts a blank line between each two (test bodies). */
    void statements(List<Stmt> list, int level, boolean spaced) {
        for (int i = 0; i < list.size(); i++) {
            Stmt s = list.get(i);
            if (i > 0 && (spaced || (isLoopOrIf(list.get(i - 1)) && s instanceof LocalDecl))) {
                out.blankLine();
            }
            statement(s, level);
        }
    }

    private static boolean isLoopOrIf(Stmt s) {
        return s instanceof IfStmt || s instanceof WhileStmt || s instanceof ForStmt;
    }

    private void statement(Stmt s, int level) {
        if (s instanceof BlockStmt b) {
            block(b.block(), level);
            return;
        }
        out.newline(level);
        out.anchor(s.pos().offset());
        if (s instanceof LocalDecl d) {
            out.word(d.type() == null ? "let" : TypeText.of(d.type()), d.pos().offset());
            out.text((d.mutable() ? " mut " : " ") + d.name() + " = ");
            expressions.print(d.init());
            out.text(";");
        } else if (s instanceof ExprStmt e) {
            expressions.print(e.expr());
            out.text(";");
        } else if (s instanceof IfStmt i) {
            ifChain(i, level);
        } else if (s instanceof WhileStmt w) {
            out.word("while ", w.pos().offset());
            condition(w.condition());
            block(w.body(), level);
        } else if (s instanceof ForStmt f) {
            out.word("for ", f.pos().offset());
            out.word(f.variable(), f.variablePos().offset());
            out.text(" in range(");
            expressions.print(f.start());
            out.text(", ");
            expressions.print(f.end());
            out.text(")");
            block(f.body(), level);
        } else if (s instanceof ReturnStmt r) {
            out.word("return", r.pos().offset());
            if (r.value() != null) {
                out.text(" ");
                expressions.print(r.value());
            }
            out.text(";");
        } else if (s instanceof BreakStmt) {
            out.word("break;", s.pos().offset());
        } else if (s instanceof ContinueStmt) {
            out.word("continue;", s.pos().offset());
        }
    }

    /** {@code if (c)} block, then {@code else if (d)} / {@code else} lines at the same level. */
    private void ifChain(IfStmt first, int level) {
        IfStmt current = first;
        out.word("if ", current.pos().offset());
        while (true) {
            condition(current.condition());
            block(current.then(), level);
            Stmt otherwise = current.otherwise();
            if (otherwise == null) {
                return;
            }
            out.newline(level);
            if (otherwise instanceof IfStmt next) {
                int ifToken = tokens.indexAt(next.pos().offset());
                out.word("else", ifToken > 0 ? tokens.get(ifToken - 1).offset() : -1);
                out.text(" ");
                out.word("if ", next.pos().offset());
                current = next;
                continue;
            }
            BlockStmt elseBlock = (BlockStmt) otherwise;
            out.word("else", elseBlock.pos().offset());
            block(elseBlock.block(), level);
            return;
        }
    }

    /** Rule 7: parentheses around the condition unless it is already parenthesized. */
    private void condition(Expr condition) {
        if (expressions.parenthesized(condition)) {
            expressions.print(condition);
            return;
        }
        out.text("(");
        expressions.print(condition);
        out.text(")");
    }
}
