package beskid.lowering.analysis;

import beskid.lowering.ast.AssignExpr;
import beskid.lowering.ast.BinaryExpr;
import beskid.lowering.ast.BindingPattern;
import beskid.lowering.ast.Block;
import beskid.lowering.ast.BlockExpr;
import beskid.lowering.ast.BlockStmt;
import beskid.lowering.ast.CallExpr;
import beskid.lowering.ast.EnumCtorExpr;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.ExprStmt;
import beskid.lowering.ast.FieldInit;
import beskid.lowering.ast.ForStmt;
import beskid.lowering.ast.IfStmt;
import beskid.lowering.ast.LambdaExpr;
import beskid.lowering.ast.LambdaParam;
import beskid.lowering.ast.LiteralPattern;
import beskid.lowering.ast.LocalDecl;
import beskid.lowering.ast.MatchArm;
import beskid.lowering.ast.MatchExpr;
import beskid.lowering.ast.MemberExpr;
import beskid.lowering.ast.NameExpr;
import beskid.lowering.ast.NamedType;
import beskid.lowering.ast.Pattern;
import beskid.lowering.ast.ReturnStmt;
import beskid.lowering.ast.Stmt;
import beskid.lowering.ast.StringLit;
import beskid.lowering.ast.StringPart;
import beskid.lowering.ast.StructLit;
import beskid.lowering.ast.TryExpr;
import beskid.lowering.ast.UnaryExpr;
import beskid.lowering.ast.VariantPattern;
import beskid.lowering.ast.WhileStmt;
import beskid.lowering.check.NameLookup;
import beskid.lowering.sema.CallTarget;
import beskid.lowering.sema.DeclSymbol;
import beskid.lowering.sema.FieldSymbol;
import beskid.lowering.sema.LambdaInfo;
import beskid.lowering.sema.LocalVar;
import beskid.lowering.sema.Resolved;
import beskid.lowering.sema.StructType;
import beskid.lowering.sema.VariantSymbol;
import beskid.lowering.syntax.TokenKind;

/**
 * The names in function bodies, for {@link SymbolCollector}: locals where they are declared,
 * and every use the checker resolved (names, members, calls, variants, struct literals).
 */
final class BodySymbols {
    private final SymbolCollector walker;

    BodySymbols(SymbolCollector walker) {
        this.walker = walker;
    }

    void block(Block b) {
        if (b == null) {
            return;
        }
        for (Stmt s : b.statements()) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        if (s instanceof LocalDecl d) {
            int token;
            if (d.type() != null) {
                walker.type(d.type());
                token = TypeTokens.nameAfter(walker.doc(), d.type(), d.name());
            } else {
                int i = walker.doc().tokenStartingAt(d.pos().offset()) + 1; // after `let`
                if (i > 0 && walker.doc().token(i).is(TokenKind.KW_MUT)) {
                    i++;
                }
                token = i > 0
                                && walker.doc().token(i).is(TokenKind.IDENT)
                                && d.name().equals(walker.doc().token(i).text())
                        ? i
                        : -1;
            }
            expr(d.init());
            LocalVar v = walker.annotations().local(d);
            walker.index().declareLocal(v, walker.doc(), token, false, walker.function());
            walker.add(token, v, true);
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
            LocalVar v = walker.annotations().local(f);
            int token = walker.tokenAt(f.variablePos());
            walker.index().declareLocal(v, walker.doc(), token, false, walker.function());
            walker.add(token, v, true);
            block(f.body());
        } else if (s instanceof ReturnStmt r) {
            if (r.value() != null) {
                expr(r.value());
            }
        } else if (s instanceof BlockStmt b) {
            block(b.block());
        }
    }

    private void expr(Expr e) {
        if (e == null) {
            return;
        }
        if (e instanceof NameExpr n) {
            name(n);
        } else if (e instanceof MemberExpr m) {
            member(m);
        } else if (e instanceof CallExpr c) {
            call(c);
        } else if (e instanceof EnumCtorExpr c) {
            VariantSymbol v = walker.annotations().variant(c);
            variantPath(c.enumType(), v, c.variant());
            c.args().forEach(this::expr);
        } else if (e instanceof StructLit s) {
            StructType t = walker.annotations().struct(s);
            int first = walker.tokenAt(s.type().pos());
            if (t != null && first >= 0) {
                walker.add(first + 2 * (s.type().path().size() - 1), t.symbol(), false);
                walker.modulePath(first, s.type().path());
            }
            for (FieldInit f : s.fields()) {
                if (t != null) {
                    FieldSymbol fs = t.symbol().fields().get(f.name());
                    if (fs != null) {
                        walker.index().field(t.symbol(), fs);
                        walker.add(walker.tokenAt(f.pos()), fs, false);
                    }
                }
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
            lambda(l);
        } else if (e instanceof MatchExpr m) {
            expr(m.scrutinee());
            for (MatchArm arm : m.arms()) {
                pattern(arm.pattern());
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

    private void name(NameExpr n) {
        Resolved r = walker.annotations().resolution(n);
        Object key = null;
        if (r instanceof Resolved.LocalRef l) {
            key = l.var();
        } else if (r instanceof Resolved.FunctionRef f) {
            key = f.function();
        } else if (r instanceof Resolved.ModuleRef m) {
            key = m.module();
        }
        walker.add(walker.tokenAt(n.pos()), key, false);
    }

    private void member(MemberExpr m) {
        Resolved r = walker.annotations().resolution(m);
        Object key = null;
        if (r instanceof Resolved.FieldRef f) {
            walker.index().field(f.owner(), f.field());
            key = f.field();
        } else if (r instanceof Resolved.MethodRef mr) {
            key = mr.method();
        } else if (r instanceof Resolved.FunctionRef f) {
            key = f.function();
        } else if (r instanceof Resolved.ModuleRef mod) {
            key = mod.module();
        } else if (r instanceof Resolved.EventRef ev) {
            key = new ProgramIndex.EventKey(ev.owner(), ev.event());
        }
        walker.add(walker.tokenAt(m.pos()), key, false);
        expr(m.target());
    }

    private void call(CallExpr c) {
        CallTarget target = walker.annotations().call(c);
        Expr callee = c.callee();
        Object key = null;
        if (target instanceof CallTarget.FunctionCall f) {
            key = f.function();
        } else if (target instanceof CallTarget.MethodCall m) {
            key = m.method();
        } else if (target instanceof CallTarget.EventCall ev) {
            key = new ProgramIndex.EventKey(ev.owner(), ev.event());
        }
        if (key != null && (callee instanceof NameExpr || callee instanceof MemberExpr)) {
            walker.add(walker.tokenAt(callee.pos()), key, false);
            if (callee instanceof MemberExpr m) {
                expr(m.target());
            }
        } else {
            expr(callee);
        }
        c.args().forEach(this::expr);
    }

    private void lambda(LambdaExpr l) {
        LambdaInfo info = walker.annotations().lambda(l);
        for (int i = 0; i < l.params().size(); i++) {
            LambdaParam p = l.params().get(i);
            int token;
            if (p.type() != null) {
                walker.type(p.type());
                token = TypeTokens.nameAfter(walker.doc(), p.type(), p.name());
            } else {
                token = walker.tokenAt(p.pos());
            }
            if (info != null && i < info.params().size()) {
                LocalVar v = info.params().get(i);
                walker.index().declareLocal(v, walker.doc(), token, true, walker.function());
                walker.add(token, v, true);
            }
        }
        expr(l.body());
    }

    /** {@code a.E::V}: module segments, the enum and the variant. */
    private void variantPath(NamedType enumType, VariantSymbol v, String variant) {
        int first = walker.tokenAt(enumType.pos());
        if (first < 0) {
            return;
        }
        int last = first + 2 * (enumType.path().size() - 1);
        if (v != null) {
            walker.add(last, v.owner(), false);
            walker.modulePath(first, enumType.path());
            int name = last + 2;
            if (name < walker.doc().tokens().size()
                    && variant.equals(walker.doc().token(name).text())) {
                walker.add(name, v, false);
            }
        } else {
            DeclSymbol d = NameLookup.type(walker.module(), enumType.path());
            walker.add(last, d, false);
        }
    }

    private void pattern(Pattern p) {
        if (p instanceof BindingPattern b) {
            LocalVar v = walker.annotations().local(b);
            int token = walker.tokenAt(b.pos());
            walker.index().declareLocal(v, walker.doc(), token, false, walker.function());
            walker.add(token, v, true);
        } else if (p instanceof VariantPattern v) {
            Object info = walker.annotations().pattern(v);
            variantPath(v.enumType(), info instanceof VariantSymbol vs ? vs : null, v.variant());
            v.fields().forEach(this::pattern);
        } else if (p instanceof LiteralPattern l) {
            expr(l.literal());
        }
    }
}
