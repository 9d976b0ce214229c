package beskid.lowering.analysis;

import beskid.lowering.ast.BindingPattern;
import beskid.lowering.ast.Block;
import beskid.lowering.ast.CallExpr;
import beskid.lowering.ast.EnumCtorExpr;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.FieldInit;
import beskid.lowering.ast.ForStmt;
import beskid.lowering.ast.LambdaExpr;
import beskid.lowering.ast.LambdaParam;
import beskid.lowering.ast.LiteralPattern;
import beskid.lowering.ast.LocalDecl;
import beskid.lowering.ast.MatchArm;
import beskid.lowering.ast.MemberExpr;
import beskid.lowering.ast.NameExpr;
import beskid.lowering.ast.NamedType;
import beskid.lowering.ast.Pattern;
import beskid.lowering.ast.Stmt;
import beskid.lowering.ast.StructLit;
import beskid.lowering.ast.VariantPattern;
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
final class BodySymbols implements AstWalk.Visitor {
    private final SymbolCollector walker;
    /** A callee already named by its call's target, so the walk must not name it again. */
    private Expr namedCallee;

    BodySymbols(SymbolCollector walker) {
        this.walker = walker;
    }

    void block(Block b) {
        AstWalk.block(b, this);
    }

    // A local is declared before its initialiser (or a loop's bounds) is walked; neither can
    // refer to it, since it is only in scope after its declaration.
    @Override
    public void stmt(Stmt s) {
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
            declare(walker.annotations().local(d), token);
        } else if (s instanceof ForStmt f) {
            declare(walker.annotations().local(f), walker.tokenAt(f.variablePos()));
        }
    }

    private void declare(LocalVar v, int token) {
        walker.index().declareLocal(v, walker.doc(), token, false, walker.function());
        walker.add(token, v, true);
    }

    @Override
    public void expr(Expr e) {
        if (e == namedCallee) {
            namedCallee = null; // a member callee's target is still walked
            return;
        }
        if (e instanceof NameExpr || e instanceof MemberExpr) {
            resolved(e);
        } else if (e instanceof CallExpr c) {
            call(c);
        } else if (e instanceof EnumCtorExpr c) {
            VariantSymbol v = walker.annotations().variant(c);
            variantPath(c.enumType(), v, c.variant());
        } else if (e instanceof StructLit s) {
            structLit(s);
        } else if (e instanceof LambdaExpr l) {
            lambda(l);
        }
    }

    @Override
    public void arm(MatchArm arm) {
        pattern(arm.pattern());
    }

    private void structLit(StructLit s) {
        StructType t = walker.annotations().struct(s);
        if (t == null) {
            return;
        }
        int first = walker.tokenAt(s.type().pos());
        if (first >= 0) {
            walker.add(first + 2 * (s.type().path().size() - 1), t.symbol(), false);
            walker.modulePath(first, s.type().path());
        }
        for (FieldInit f : s.fields()) {
            FieldSymbol fs = t.symbol().fields().get(f.name());
            if (fs != null) {
                walker.index().field(t.symbol(), fs);
                walker.add(walker.tokenAt(f.pos()), fs, false);
            }
        }
    }

    /** A name or member: what the checker resolved it to (names resolve to locals, functions and modules). */
    private void resolved(Expr e) {
        Resolved r = walker.annotations().resolution(e);
        Object key = null;
        if (r instanceof Resolved.LocalRef l) {
            key = l.var();
        } else if (r instanceof Resolved.FieldRef f) {
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
        walker.add(walker.tokenAt(e.pos()), key, false);
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
            namedCallee = callee; // the walk visits the callee right after its call
        }
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
            int name = TypeTokens.variantName(walker.doc(), enumType);
            if (name >= 0
                    && name < walker.doc().tokens().size()
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
            declare(walker.annotations().local(b), walker.tokenAt(b.pos()));
        } else if (p instanceof VariantPattern v) {
            Object info = walker.annotations().pattern(v);
            variantPath(v.enumType(), info instanceof VariantSymbol vs ? vs : null, v.variant());
            v.fields().forEach(this::pattern);
        } else if (p instanceof LiteralPattern l) {
            AstWalk.expr(l.literal(), this);
        }
    }
}
