package beskid.lowering.analysis;

import beskid.lowering.analysis.api.SignatureHelp;
import beskid.lowering.ast.CallExpr;
import beskid.lowering.ast.EnumCtorExpr;
import beskid.lowering.ast.Expr;
import beskid.lowering.sema.CallTarget;
import beskid.lowering.sema.FieldSymbol;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.Type;
import beskid.lowering.sema.VariantSymbol;
import beskid.lowering.syntax.TokenKind;
import java.util.ArrayList;
import java.util.List;

/** Signature help: the innermost call whose parentheses hold a position. */
final class CallHelp {
    private final ProgramRun run;
    private final ProgramRun.FileData file;
    private final DocumentText doc;

    CallHelp(ProgramRun run, ProgramRun.FileData file) {
        this.run = run;
        this.file = file;
        this.doc = file.doc();
    }

    SignatureHelp at(int offset) {
        Expr[] best = new Expr[1];
        int[] open = {-1};
        AstWalk.items(file.file().unit().items(), new AstWalk.Visitor() {
            @Override
            public void expr(Expr e) {
                int paren;
                if (e instanceof CallExpr c) {
                    paren = doc.tokenStartingAt(c.pos().offset());
                } else if (e instanceof EnumCtorExpr c && c.parens()) {
                    int name = TypeTokens.variantName(doc, c.enumType());
                    paren = name < 0 ? -1 : name + 1;
                } else {
                    return;
                }
                if (paren < 0
                        || !doc.token(paren).is(TokenKind.LPAREN)
                        || doc.token(paren).endOffset() > offset) {
                    return;
                }
                int close = doc.partner(paren);
                if (close >= 0 && doc.token(close).offset() < offset) {
                    return;
                }
                if (paren > open[0]) { // the innermost call opens last
                    best[0] = e;
                    open[0] = paren;
                }
            }
        });
        if (best[0] == null) {
            return null;
        }
        int active = 0;
        int depth = 0;
        for (int i = open[0] + 1; i < doc.tokens().size() && doc.token(i).offset() < offset; i++) {
            TokenKind k = doc.token(i).kind();
            if (k == TokenKind.LPAREN
                    || k == TokenKind.LBRACE
                    || k == TokenKind.LBRACKET
                    || k == TokenKind.STRING_HEAD) {
                depth++;
            } else if (k == TokenKind.RPAREN
                    || k == TokenKind.RBRACE
                    || k == TokenKind.RBRACKET
                    || k == TokenKind.STRING_TAIL) {
                depth--;
            } else if (k == TokenKind.COMMA && depth == 0) {
                active++;
            }
        }
        if (best[0] instanceof EnumCtorExpr c) {
            VariantSymbol v = run.annotations().variant(c);
            if (v == null) {
                return null;
            }
            List<String> params = new ArrayList<>();
            for (FieldSymbol f : v.fields()) {
                params.add(Signatures.field(f));
            }
            return new SignatureHelp(Signatures.variant(v), params, active, null);
        }
        CallTarget target = run.annotations().call((CallExpr) best[0]);
        FunctionSymbol f = target instanceof CallTarget.FunctionCall fc
                ? fc.function()
                : target instanceof CallTarget.MethodCall mc ? mc.method() : null;
        if (f != null) {
            return new SignatureHelp(
                    Signatures.function(f),
                    Signatures.parameters(f),
                    active,
                    f.decl().doc());
        }
        if (target instanceof CallTarget.ValueCall v) {
            List<String> params = new ArrayList<>();
            for (Type p : v.type().params()) {
                params.add(p.display());
            }
            return new SignatureHelp(v.type().display(), params, active, null);
        }
        if (target instanceof CallTarget.EventCall ev) {
            List<String> params = new ArrayList<>();
            for (Type p : ev.event().params()) {
                params.add(p.display());
            }
            return new SignatureHelp(Signatures.event(ev.event()), params, active, null);
        }
        return null;
    }
}
