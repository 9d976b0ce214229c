package beskid.lowering.analysis;

import beskid.lowering.ast.AssignExpr;
import beskid.lowering.ast.BinaryExpr;
import beskid.lowering.ast.BindingPattern;
import beskid.lowering.ast.Block;
import beskid.lowering.ast.BlockExpr;
import beskid.lowering.ast.BlockStmt;
import beskid.lowering.ast.CallExpr;
import beskid.lowering.ast.ContractDecl;
import beskid.lowering.ast.EnumCtorExpr;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.ExprStmt;
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
import beskid.lowering.ast.Pattern;
import beskid.lowering.ast.ReturnStmt;
import beskid.lowering.ast.Stmt;
import beskid.lowering.ast.StringLit;
import beskid.lowering.ast.StringPart;
import beskid.lowering.ast.StructLit;
import beskid.lowering.ast.TestDecl;
import beskid.lowering.ast.TryExpr;
import beskid.lowering.ast.UnaryExpr;
import beskid.lowering.ast.VariantPattern;
import beskid.lowering.ast.WhileStmt;
import beskid.lowering.sema.Annotations;
import beskid.lowering.sema.FunctionInfo;
import beskid.lowering.sema.LambdaInfo;
import beskid.lowering.sema.LocalVar;
import java.util.ArrayList;
import java.util.List;

/**
 * The local variables in scope at a position of a file: the enclosing function's parameters
 * (and {@code this}), then each local, loop variable, lambda parameter and match binding whose
 * scope holds the position and whose declaration ends before it, outermost first.
 */
final class VisibleLocals {
    private final ProgramRun.FileData file;
    private final Annotations ann;
    private final Extents extents;

    VisibleLocals(ProgramRun.FileData file, Annotations ann, Extents extents) {
        this.file = file;
        this.ann = ann;
        this.extents = extents;
    }

    /** The locals in scope at an offset, outermost first. */
    List<LocalVar> at(int offset) {
        List<LocalVar> out = new ArrayList<>();
        for (Item item : allItems(file.file().unit().items())) {
            if (item instanceof FunctionDecl f) {
                function(f, offset, out);
            } else if (item instanceof TestDecl t && contains(t.body(), offset)) {
                block(t.body(), offset, out);
            }
        }
        return out;
    }

    private List<Item> allItems(List<Item> items) {
        List<Item> all = new ArrayList<>();
        for (Item item : items) {
            if (item instanceof InlineModDecl d) {
                all.addAll(allItems(d.items()));
            } else if (item instanceof ImplDecl impl) {
                all.addAll(impl.methods());
            } else if (item instanceof ContractDecl c) {
                all.addAll(c.methods());
            } else {
                all.add(item);
            }
        }
        return all;
    }

    private void function(FunctionDecl f, int offset, List<LocalVar> out) {
        if (f.body() == null || !contains(f.body(), offset)) {
            return;
        }
        FunctionInfo info = ann.function(f);
        if (info != null) {
            if (info.thisVar() != null) {
                out.add(info.thisVar());
            }
            out.addAll(info.params());
        }
        block(f.body(), offset, out);
    }

    private boolean contains(Block b, int offset) {
        return b != null
                && b.pos().offset() < offset
                && (b.end() == null || offset <= b.end().offset());
    }

    private void block(Block b, int offset, List<LocalVar> out) {
        for (Stmt s : b.statements()) {
            if (s.pos().offset() >= offset) {
                return;
            }
            stmt(s, offset, out);
        }
    }

    private void stmt(Stmt s, int offset, List<LocalVar> out) {
        if (s instanceof LocalDecl d) {
            expr(d.init(), offset, out);
            if (extents.end(d.init()) < offset && ann.local(d) != null) {
                out.add(ann.local(d));
            }
        } else if (s instanceof ExprStmt e) {
            expr(e.expr(), offset, out);
        } else if (s instanceof IfStmt i) {
            expr(i.condition(), offset, out);
            if (contains(i.then(), offset)) {
                block(i.then(), offset, out);
            } else if (i.otherwise() != null) {
                stmt(i.otherwise(), offset, out);
            }
        } else if (s instanceof WhileStmt w) {
            if (contains(w.body(), offset)) {
                block(w.body(), offset, out);
            }
        } else if (s instanceof ForStmt f) {
            if (contains(f.body(), offset)) {
                if (ann.local(f) != null) {
                    out.add(ann.local(f));
                }
                block(f.body(), offset, out);
            }
        } else if (s instanceof ReturnStmt r) {
            expr(r.value(), offset, out);
        } else if (s instanceof BlockStmt b) {
            if (contains(b.block(), offset)) {
                block(b.block(), offset, out);
            }
        }
    }

    /** Locals of lambdas, match arms and block expressions that enclose the offset. */
    private void expr(Expr e, int offset, List<LocalVar> out) {
        if (e == null || Extents.start(e) > offset || extents.end(e) < offset) {
            return;
        }
        // only the innermost constructs on the path to the offset add locals
        if (e instanceof LambdaExpr l) {
            LambdaInfo info = ann.lambda(l);
            if (info != null) {
                out.addAll(info.params());
            }
            expr(l.body(), offset, out);
        } else if (e instanceof MatchExpr m) {
            expr(m.scrutinee(), offset, out);
            for (MatchArm arm : m.arms()) {
                int start = arm.pos().offset();
                int end = extents.end(arm.body());
                if (start <= offset && offset <= end) {
                    bindings(arm.pattern(), out);
                    expr(arm.guard(), offset, out);
                    expr(arm.body(), offset, out);
                }
            }
        } else if (e instanceof BlockExpr b) {
            block(b.block(), offset, out);
        } else {
            // descend into the child expression holding the offset
            List<Expr> children = new ArrayList<>();
            childExprs(e, children);
            for (Expr c : children) {
                expr(c, offset, out);
            }
        }
    }

    private static void childExprs(Expr e, List<Expr> out) {
        if (e instanceof CallExpr c) {
            out.add(c.callee());
            out.addAll(c.args());
        } else if (e instanceof MemberExpr m) {
            out.add(m.target());
        } else if (e instanceof BinaryExpr b) {
            out.add(b.left());
            out.add(b.right());
        } else if (e instanceof UnaryExpr u) {
            out.add(u.operand());
        } else if (e instanceof AssignExpr a) {
            out.add(a.target());
            out.add(a.value());
        } else if (e instanceof TryExpr t) {
            out.add(t.operand());
        } else if (e instanceof EnumCtorExpr c) {
            out.addAll(c.args());
        } else if (e instanceof StructLit s) {
            s.fields().forEach(f -> out.add(f.value()));
        } else if (e instanceof StringLit s) {
            for (StringPart p : s.parts()) {
                if (p instanceof StringPart.Interpolation i) {
                    out.add(i.expr());
                }
            }
        }
    }

    private void bindings(Pattern p, List<LocalVar> out) {
        if (p instanceof BindingPattern b && ann.local(b) != null) {
            out.add(ann.local(b));
        } else if (p instanceof VariantPattern v) {
            v.fields().forEach(f -> bindings(f, out));
        }
    }
}
