package beskid.lowering.check;

import beskid.lowering.ast.AssignExpr;
import beskid.lowering.ast.BinaryExpr;
import beskid.lowering.ast.CallExpr;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.MemberExpr;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.ast.TryExpr;

/** Where an expression starts in the source (some nodes carry the position of their operator). */
public final class Positions {
    private Positions() {}

    /** The position of the first token of an expression. */
    public static SourcePos start(Expr e) {
        Expr cur = e;
        while (true) {
            if (cur instanceof BinaryExpr b) {
                cur = b.left();
            } else if (cur instanceof CallExpr c) {
                cur = c.callee();
            } else if (cur instanceof MemberExpr m) {
                cur = m.target();
            } else if (cur instanceof TryExpr t) {
                cur = t.operand();
            } else if (cur instanceof AssignExpr a) {
                cur = a.target();
            } else {
                return cur.pos();
            }
        }
    }
}
