package beskid.lowering.check;

import beskid.lowering.ast.Block;
import beskid.lowering.ast.BlockStmt;
import beskid.lowering.ast.BoolLit;
import beskid.lowering.ast.BreakStmt;
import beskid.lowering.ast.ContinueStmt;
import beskid.lowering.ast.ExprStmt;
import beskid.lowering.ast.ForStmt;
import beskid.lowering.ast.IfStmt;
import beskid.lowering.ast.LocalDecl;
import beskid.lowering.ast.MatchExpr;
import beskid.lowering.ast.ReturnStmt;
import beskid.lowering.ast.Stmt;
import beskid.lowering.ast.WhileStmt;
import beskid.lowering.diag.ErrorCode;
import beskid.lowering.sema.InternalErrors;
import beskid.lowering.sema.LocalVar;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.Type;
import beskid.lowering.sema.Types;
import java.util.List;

/**
 * Statements. Each check answers whether the statement can complete normally, which is how
 * definite return of non-unit functions is proven.
 */
final class StatementChecker {
    private final BodyContext cx;

    StatementChecker(BodyContext cx) {
        this.cx = cx;
    }

    /** A block in its own scope; true if it can complete normally. */
    boolean block(Block b) {
        cx.pushScope();
        try {
            return statements(b.statements());
        } finally {
            cx.popScope();
        }
    }

    /** Statements in the current scope (unreachable ones are still checked). */
    boolean statements(List<Stmt> list) {
        boolean completes = true;
        for (Stmt s : list) {
            if (!statement(s)) {
                completes = false;
            }
        }
        return completes;
    }

    private boolean statement(Stmt s) {
        InternalErrors.at(s.pos());
        if (s instanceof LocalDecl d) {
            return local(d);
        }
        if (s instanceof ExprStmt e) {
            Type t;
            if (e.expr() instanceof MatchExpr m) {
                t = cx.matches.check(m, null, true);
                cx.ann.setType(m, t);
            } else {
                t = cx.exprs.check(e.expr(), null);
                cx.coerce.value(e.expr(), t);
            }
            return t != Prim.NEVER;
        }
        if (s instanceof IfStmt i) {
            cx.exprs.checkAgainst(i.condition(), Prim.BOOL);
            boolean then = block(i.then());
            boolean otherwise = i.otherwise() == null || statement(i.otherwise());
            return then || otherwise;
        }
        if (s instanceof WhileStmt w) {
            cx.exprs.checkAgainst(w.condition(), Prim.BOOL);
            Frame.Loop loop = new Frame.Loop();
            cx.frame.loops.push(loop);
            block(w.body());
            cx.frame.loops.pop();
            boolean forever = w.condition() instanceof BoolLit b && b.value();
            return !forever || loop.broken;
        }
        if (s instanceof ForStmt f) {
            return forRange(f);
        }
        if (s instanceof BreakStmt || s instanceof ContinueStmt) {
            if (cx.frame.loops.isEmpty()) {
                cx.error(
                        s.pos(),
                        ErrorCode.OUTSIDE_LOOP,
                        "`" + (s instanceof BreakStmt ? "break" : "continue") + "` outside of a loop");
            } else if (s instanceof BreakStmt) {
                cx.frame.loops.peek().broken = true;
            }
            if (cx.blockExpressions > 0) {
                cx.ann.markNestedJump(s);
            }
            return false;
        }
        if (s instanceof ReturnStmt r) {
            ret(r);
            return false;
        }
        if (s instanceof BlockStmt b) {
            return block(b.block());
        }
        throw new IllegalStateException("unknown statement " + s.getClass().getSimpleName());
    }

    private boolean local(LocalDecl d) {
        Type t;
        Type init;
        if (d.type() != null) {
            t = cx.valueType(d.type());
            init = cx.exprs.check(d.init(), t);
            cx.coerce.to(d.init(), init, t);
        } else {
            init = cx.exprs.checkValue(d.init());
            t = init;
            if (t == Prim.UNIT) {
                cx.error(
                        d.init().pos(),
                        ErrorCode.TYPE_MISMATCH,
                        "`" + d.name() + "` would hold no value: the expression is unit");
                t = Prim.ERROR;
            } else if (t == Prim.NEVER) {
                t = Prim.ERROR;
            }
        }
        LocalVar v = cx.declare(d.name(), t, d.mutable(), d.pos(), false);
        cx.ann.setLocal(d, v);
        return init != Prim.NEVER;
    }

    private boolean forRange(ForStmt f) {
        Type a = cx.exprs.check(f.start(), null);
        Type b = cx.exprs.check(f.end(), a != Prim.UNTYPED_INT ? a : null);
        Type t;
        if (a == Prim.UNTYPED_INT && b == Prim.UNTYPED_INT) {
            t = cx.coerce.value(f.start(), a);
            cx.coerce.value(f.end(), b);
        } else if (a == Prim.UNTYPED_INT) {
            t = cx.coerce.to(f.start(), a, Types.isInteger(b) ? b : Prim.I32);
        } else if (b == Prim.UNTYPED_INT) {
            t = a;
            cx.coerce.to(f.end(), b, Types.isInteger(a) ? a : Prim.I32);
        } else if (a.equals(b) || Types.isLenient(b)) {
            t = a;
        } else if (Types.isLenient(a)) {
            t = b;
        } else if (Types.isInteger(a) && Types.isInteger(b)) {
            cx.error(
                    f.end().pos(),
                    ErrorCode.MIXED_INTEGERS,
                    "mismatched integer types " + a.display() + " and " + b.display() + " in range");
            t = Prim.ERROR;
        } else {
            t = a;
        }
        if (!Types.isInteger(t) && !Types.isLenient(t)) {
            cx.error(f.start().pos(), ErrorCode.TYPE_MISMATCH, "range bounds must be integers, not " + t.display());
            t = Prim.ERROR;
        } else if (b != Prim.UNTYPED_INT && !Types.isInteger(b) && !Types.isLenient(b)) {
            // the start decided t: the end must still be an integer
            cx.error(f.end().pos(), ErrorCode.TYPE_MISMATCH, "range bounds must be integers, not " + b.display());
            t = Prim.ERROR;
        }
        cx.pushScope();
        try {
            LocalVar v = cx.declare(f.variable(), t, false, f.variablePos(), false);
            cx.ann.setLocal(f, v);
            cx.frame.loops.push(new Frame.Loop());
            block(f.body());
            cx.frame.loops.pop();
        } finally {
            cx.popScope();
        }
        return true;
    }

    private void ret(ReturnStmt r) {
        Frame f = cx.frame;
        if (f.result == null) {
            // a lambda without an expected type: its first return decides its result type
            f.result = r.value() == null ? Prim.UNIT : cx.exprs.checkValue(r.value());
            if (f.result == Prim.NEVER) {
                f.result = null;
            }
            return;
        }
        if (r.value() == null) {
            if (f.result != Prim.UNIT && f.result != Prim.ERROR) {
                cx.error(r.pos(), ErrorCode.TYPE_MISMATCH, "missing return value of type " + f.result.display());
            }
            return;
        }
        if (f.result == Prim.UNIT) {
            Type t = cx.exprs.checkValue(r.value());
            if (t != Prim.UNIT && !Types.isLenient(t)) {
                cx.error(r.value().pos(), ErrorCode.TYPE_MISMATCH, "this function returns unit, not " + t.display());
            }
            return;
        }
        cx.exprs.checkAgainst(r.value(), f.result);
    }
}
