package beskid.lowering.format;

import beskid.lowering.ast.AssignExpr;
import beskid.lowering.ast.BinaryExpr;
import beskid.lowering.ast.BindingPattern;
import beskid.lowering.ast.BlockExpr;
import beskid.lowering.ast.BoolLit;
import beskid.lowering.ast.CallExpr;
import beskid.lowering.ast.CharLit;
import beskid.lowering.ast.EnumCtorExpr;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.FieldInit;
import beskid.lowering.ast.FloatLit;
import beskid.lowering.ast.IntLit;
import beskid.lowering.ast.LambdaExpr;
import beskid.lowering.ast.LambdaParam;
import beskid.lowering.ast.LiteralPattern;
import beskid.lowering.ast.MatchArm;
import beskid.lowering.ast.MatchExpr;
import beskid.lowering.ast.MemberExpr;
import beskid.lowering.ast.NameExpr;
import beskid.lowering.ast.Pattern;
import beskid.lowering.ast.StringLit;
import beskid.lowering.ast.StructLit;
import beskid.lowering.ast.TryExpr;
import beskid.lowering.ast.UnaryExpr;
import beskid.lowering.ast.UnaryOp;
import beskid.lowering.ast.VariantPattern;
import beskid.lowering.syntax.SyntaxDetails;
import beskid.lowering.syntax.TokenKind;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Expressions and patterns (FORMAT.md rules 3, 8, 9, 10): on the current line, except the
 * bodies of {@code match} and struct literals (their {@code {} on a line of its own at the
 * level of the line the expression is on) and blocks (their {@code {} stays on the line).
 */
final class ExpressionPrinter {
    private final Layout out;
    private final SourceTokens tokens;
    private final SyntaxDetails details;
    private StatementPrinter statements;

    ExpressionPrinter(Layout out, SourceTokens tokens, SyntaxDetails details) {
        this.out = out;
        this.tokens = tokens;
        this.details = details;
    }

    void statements(StatementPrinter printer) {
        this.statements = printer;
    }

    /** Whether {@code e} was written inside parentheses. */
    boolean parenthesized(Expr e) {
        return details.parens(e) > 0;
    }

    void print(Expr e) {
        int parens = details.parens(e);
        for (int i = 0; i < parens; i++) {
            out.text("(");
        }
        printBare(e);
        for (int i = 0; i < parens; i++) {
            out.text(")");
        }
    }

    private void printBare(Expr e) {
        int at = e.pos().offset();
        if (e instanceof IntLit || e instanceof FloatLit || e instanceof CharLit || e instanceof StringLit) {
            out.word(tokens.literalAt(at), at); // literal text exactly as written (rule 10)
        } else if (e instanceof BoolLit b) {
            out.word(b.value() ? "true" : "false", at);
        } else if (e instanceof NameExpr n) {
            out.word(n.name(), at);
        } else if (e instanceof MemberExpr m) {
            print(m.target());
            out.text(".");
            out.word(m.name(), at);
        } else if (e instanceof CallExpr c) {
            print(c.callee());
            out.word("(", at);
            arguments(c.args());
            out.text(")");
        } else if (e instanceof EnumCtorExpr c) {
            // A constructor always shows its parentheses: `E::V` prints `E::V()`.
            out.word(TypeText.of(c.enumType()) + "::" + c.variant() + "(", at);
            arguments(c.args());
            out.text(")");
        } else if (e instanceof StructLit s) {
            out.word(TypeText.of(s.type()), at);
            structBody(s);
        } else if (e instanceof UnaryExpr u) {
            out.word(u.op() == UnaryOp.NEG ? "-" : "!", at);
            print(u.operand());
        } else if (e instanceof BinaryExpr b) {
            print(b.left());
            out.text(" ");
            out.word(b.op().symbol(), at);
            out.text(" ");
            print(b.right());
        } else if (e instanceof AssignExpr a) {
            print(a.target());
            out.text(" " + Operators.assign(a.op()) + " ");
            print(a.value());
        } else if (e instanceof TryExpr t) {
            print(t.operand());
            out.word("?", at);
        } else if (e instanceof LambdaExpr l) {
            out.word("(" + lambdaParams(l.params()) + ") => ", at);
            print(l.body());
        } else if (e instanceof MatchExpr m) {
            out.word("match ", at);
            print(m.scrutinee());
            matchBody(m);
        } else if (e instanceof BlockExpr b) {
            statements.inlineBlock(b.block());
        } else {
            throw new IllegalStateException("a tree with syntax errors is never formatted: " + e);
        }
    }

    private void arguments(List<Expr> args) {
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                out.text(", ");
            }
            TokenKind marker = details.argumentMarker(args.get(i));
            if (marker != null) {
                out.text(marker.spelling() + " ");
            }
            print(args.get(i));
        }
    }

    private static String lambdaParams(List<LambdaParam> params) {
        return params.stream()
                .map(p -> p.type() == null ? p.name() : TypeText.of(p.type()) + " " + p.name())
                .collect(Collectors.joining(", "));
    }

    private void structBody(StructLit s) {
        int open = tokens.bodyBrace(s.pos().offset());
        if (s.fields().isEmpty()) {
            emptyBraces(open);
            return;
        }
        int level = out.lineLevel();
        out.newline(level);
        out.word("{", offsetOf(open));
        for (int i = 0; i < s.fields().size(); i++) {
            FieldInit f = s.fields().get(i);
            if (i > 0) {
                out.blankLine();
            }
            out.newline(level + 1);
            out.word(f.name(), f.pos().offset());
            out.text(": ");
            print(f.value());
            out.text(",");
        }
        out.newline(level);
        out.word("}", partnerOffset(open));
    }

    private void matchBody(MatchExpr m) {
        int open = tokens.bodyBrace(m.scrutinee().pos().offset());
        if (m.arms().isEmpty()) {
            emptyBraces(open);
            return;
        }
        int level = out.lineLevel();
        out.newline(level);
        out.word("{", offsetOf(open));
        for (int i = 0; i < m.arms().size(); i++) {
            MatchArm arm = m.arms().get(i);
            if (i > 0) {
                out.blankLine();
            }
            out.newline(level + 1);
            out.word(pattern(arm.pattern()), arm.pos().offset());
            if (arm.guard() != null) {
                out.text(" when ");
                print(arm.guard());
            }
            out.text(" => ");
            print(arm.body());
            out.text(",");
        }
        out.newline(level);
        out.word("}", partnerOffset(open));
    }

    /** {@code { }} on the current line, after one space. */
    void emptyBraces(int open) {
        out.text(" ");
        out.word("{", offsetOf(open));
        out.text(" ");
        out.word("}", partnerOffset(open));
    }

    int offsetOf(int tokenIndex) {
        return tokenIndex < 0 ? -1 : tokens.get(tokenIndex).offset();
    }

    int partnerOffset(int tokenIndex) {
        return tokenIndex < 0 || tokens.partner(tokenIndex) < 0
                ? -1
                : tokens.get(tokens.partner(tokenIndex)).offset();
    }

    /** A pattern as text: empty {@code ()} after a variant is dropped. */
    String pattern(Pattern p) {
        if (p instanceof BindingPattern b) {
            return b.name();
        }
        if (p instanceof LiteralPattern l) {
            return literal(l.literal());
        }
        if (p instanceof VariantPattern v) {
            String fields = v.fields().stream().map(this::pattern).collect(Collectors.joining(", "));
            return TypeText.of(v.enumType()) + "::" + v.variant() + (v.fields().isEmpty() ? "" : "(" + fields + ")");
        }
        return "_";
    }

    private String literal(Expr e) {
        if (e instanceof UnaryExpr u) {
            return "-" + literal(u.operand());
        }
        if (e instanceof BoolLit b) {
            return b.value() ? "true" : "false";
        }
        return tokens.literalAt(e.pos().offset());
    }
}
