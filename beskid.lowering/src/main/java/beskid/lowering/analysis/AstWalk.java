package beskid.lowering.analysis;

import beskid.lowering.ast.AssignExpr;
import beskid.lowering.ast.BinaryExpr;
import beskid.lowering.ast.Block;
import beskid.lowering.ast.BlockExpr;
import beskid.lowering.ast.BlockStmt;
import beskid.lowering.ast.CallExpr;
import beskid.lowering.ast.ContractDecl;
import beskid.lowering.ast.EnumCtorExpr;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.ExprStmt;
import beskid.lowering.ast.FieldInit;
import beskid.lowering.ast.ForStmt;
import beskid.lowering.ast.FunctionDecl;
import beskid.lowering.ast.IfStmt;
import beskid.lowering.ast.ImplDecl;
import beskid.lowering.ast.InlineModDecl;
import beskid.lowering.ast.Item;
import beskid.lowering.ast.LambdaExpr;
import beskid.lowering.ast.LocalDecl;
import beskid.lowering.ast.MatchArm;
import beskid.lowering.ast.MatchExpr;
import beskid.lowering.ast.MemberExpr;
import beskid.lowering.ast.ReturnStmt;
import beskid.lowering.ast.Stmt;
import beskid.lowering.ast.StringLit;
import beskid.lowering.ast.StringPart;
import beskid.lowering.ast.StructLit;
import beskid.lowering.ast.TestDecl;
import beskid.lowering.ast.TryExpr;
import beskid.lowering.ast.UnaryExpr;
import beskid.lowering.ast.WhileStmt;
import java.util.List;

/** Visits every statement and expression of a file's items, outer before inner, in source order. */
final class AstWalk {
    /** What to do at each node; every hook does nothing by default. */
    interface Visitor {
        default void function(FunctionDecl f) {}

        default void stmt(Stmt s) {}

        default void expr(Expr e) {}

        /** A match arm, before its guard and body (its pattern is not walked). */
        default void arm(MatchArm arm) {}
    }

    private final Visitor visitor;

    private AstWalk(Visitor visitor) {
        this.visitor = visitor;
    }

    static void items(List<Item> items, Visitor visitor) {
        new AstWalk(visitor).items(items);
    }

    /** Walks one body (a null block is empty). */
    static void block(Block block, Visitor visitor) {
        new AstWalk(visitor).block(block);
    }

    /** Walks one expression and everything inside it. */
    static void expr(Expr expr, Visitor visitor) {
        new AstWalk(visitor).expr(expr);
    }

    private void items(List<Item> items) {
        for (Item item : items) {
            if (item instanceof FunctionDecl f) {
                function(f);
            } else if (item instanceof ImplDecl impl) {
                impl.methods().forEach(this::function);
            } else if (item instanceof ContractDecl c) {
                c.methods().forEach(this::function);
            } else if (item instanceof InlineModDecl m) {
                items(m.items());
            } else if (item instanceof TestDecl t) {
                block(t.body());
            }
        }
    }

    private void function(FunctionDecl f) {
        visitor.function(f);
        block(f.body());
    }

    private void block(Block b) {
        if (b != null) {
            b.statements().forEach(this::stmt);
        }
    }

    private void stmt(Stmt s) {
        visitor.stmt(s);
        if (s instanceof LocalDecl d) {
            expr(d.init());
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
            block(f.body());
        } else if (s instanceof ReturnStmt r) {
            expr(r.value());
        } else if (s instanceof BlockStmt b) {
            block(b.block());
        }
    }

    private void expr(Expr e) {
        if (e == null) {
            return;
        }
        visitor.expr(e);
        if (e instanceof MemberExpr m) {
            expr(m.target());
        } else if (e instanceof CallExpr c) {
            expr(c.callee());
            c.args().forEach(this::expr);
        } else if (e instanceof EnumCtorExpr c) {
            c.args().forEach(this::expr);
        } else if (e instanceof StructLit s) {
            for (FieldInit f : s.fields()) {
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
            expr(l.body());
        } else if (e instanceof MatchExpr m) {
            expr(m.scrutinee());
            for (MatchArm arm : m.arms()) {
                visitor.arm(arm);
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
}
