package beskid.lowering.analysis;

import beskid.lowering.ast.AssignExpr;
import beskid.lowering.ast.BinaryExpr;
import beskid.lowering.ast.BlockExpr;
import beskid.lowering.ast.CallExpr;
import beskid.lowering.ast.EnumCtorExpr;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.LambdaExpr;
import beskid.lowering.ast.MatchExpr;
import beskid.lowering.ast.StructLit;
import beskid.lowering.ast.UnaryExpr;
import beskid.lowering.check.Positions;
import beskid.lowering.syntax.Token;
import beskid.lowering.syntax.TokenKind;

/**
 * Where an expression ends: the tree records where each node starts (some at their operator),
 * the tokens tell the rest. Parentheses around an expression are not part of it.
 */
final class Extents {
    private final DocumentText doc;

    Extents(DocumentText doc) {
        this.doc = doc;
    }

    /** The absolute offset of an expression's first char. */
    static int start(Expr e) {
        return Positions.start(e).offset();
    }

    /** The absolute offset just after an expression. */
    int end(Expr e) {
        Expr cur = e;
        while (true) {
            if (cur instanceof UnaryExpr u) {
                cur = u.operand();
            } else if (cur instanceof BinaryExpr b) {
                cur = b.right();
            } else if (cur instanceof AssignExpr a) {
                cur = a.value();
            } else if (cur instanceof LambdaExpr l) {
                cur = l.body();
            } else {
                break;
            }
        }
        int i = doc.tokenStartingAt(cur.pos().offset());
        if (i < 0) {
            return cur.pos().offset();
        }
        Token t = doc.token(i);
        if (cur instanceof CallExpr) {
            return closing(i, t);
        }
        if (cur instanceof EnumCtorExpr c) {
            // Option<string>::None: the variant follows the `::` after the type and its arguments
            int name = TypeTokens.variantName(doc, c.enumType());
            if (name < 0) {
                return t.endOffset();
            }
            if (c.parens() && name + 1 < doc.tokens().size()) {
                return closing(name + 1, doc.token(name + 1));
            }
            return name < doc.tokens().size() ? doc.token(name).endOffset() : t.endOffset();
        }
        if (cur instanceof StructLit s) {
            int brace = TypeTokens.end(doc, s.type()); // Box<i32> { ... }: after the type arguments
            return brace >= 0 && brace < doc.tokens().size() ? closing(brace, doc.token(brace)) : t.endOffset();
        }
        if (cur instanceof MatchExpr m) {
            int brace = doc.kindAfter(doc.tokenIndex(end(m.scrutinee())), TokenKind.LBRACE);
            return brace < 0 ? t.endOffset() : closing(brace, doc.token(brace));
        }
        if (cur instanceof BlockExpr) {
            return closing(i, t);
        }
        if (t.is(TokenKind.STRING_HEAD)) {
            return closing(i, t);
        }
        return t.endOffset();
    }

    /** The end of the bracket matching the one at token {@code i}, or of the token itself. */
    private int closing(int i, Token t) {
        int p = doc.partner(i);
        return p > i ? doc.token(p).endOffset() : t.endOffset();
    }
}
