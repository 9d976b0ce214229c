package beskid.lowering.analysis;

import beskid.lowering.analysis.api.AnalysisDiagnostic;
import beskid.lowering.analysis.api.Position;
import beskid.lowering.analysis.api.QuickFix;
import beskid.lowering.analysis.api.Range;
import beskid.lowering.analysis.api.SymbolKind;
import beskid.lowering.analysis.api.TextEdit;
import beskid.lowering.ast.BindingPattern;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.MatchArm;
import beskid.lowering.ast.MatchExpr;
import beskid.lowering.ast.Pattern;
import beskid.lowering.ast.VariantPattern;
import beskid.lowering.ast.WildcardPattern;
import beskid.lowering.diag.ErrorCode;
import beskid.lowering.sema.EnumType;
import beskid.lowering.sema.Type;
import beskid.lowering.sema.VariantSymbol;
import beskid.lowering.syntax.Token;
import beskid.lowering.syntax.TokenKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Fixes for diagnostics: {@code mut} for an assignment to an immutable local (E0308), and the
 * missing arms of a non-exhaustive match (E0306), laid out as the formatter lays out arms.
 */
final class QuickFixes {
    private final ProgramRun run;
    private final ProgramRun.FileData file;
    private final DocumentText doc;

    QuickFixes(ProgramRun run, ProgramRun.FileData file) {
        this.run = run;
        this.file = file;
        this.doc = file.doc();
    }

    List<QuickFix> fixes(Range range) {
        List<QuickFix> out = new ArrayList<>();
        for (AnalysisDiagnostic d : run.diagnostics(file.uri())) {
            if (d.range().end().compareTo(range.start()) < 0
                    || d.range().start().compareTo(range.end()) > 0) {
                continue;
            }
            if (d.code().equals(ErrorCode.NOT_ASSIGNABLE) && d.message().startsWith("cannot assign to immutable")) {
                addMut(d, out);
            } else if (d.code().equals(ErrorCode.NOT_EXHAUSTIVE)) {
                addArms(d, out);
            }
        }
        return out;
    }

    /** {@code i32 x} becomes {@code i32 mut x}, {@code let x} becomes {@code let mut x}. */
    private void addMut(AnalysisDiagnostic d, List<QuickFix> out) {
        Occurrence o = run.index().at(file.uri(), doc.offset(d.range().start()));
        if (o == null
                || o.symbol().kind() != SymbolKind.LOCAL
                || !o.symbol().declaration().uri().equals(file.uri())) {
            return;
        }
        Position name = o.symbol().declaration().range().start();
        int i = doc.tokenStartingAt(doc.offset(name));
        if (i <= 0) {
            return;
        }
        TokenKind before = doc.token(i - 1).kind();
        boolean local = before == TokenKind.KW_LET
                || before == TokenKind.IDENT
                || before == TokenKind.GT
                || before == TokenKind.RBRACKET
                || before == TokenKind.RPAREN;
        if (!local) {
            return; // a loop variable or a pattern binding cannot be mut
        }
        out.add(new QuickFix(
                "Add `mut` to `" + o.symbol().name() + "`",
                d,
                file.uri(),
                List.of(new TextEdit(new Range(name, name), "mut "))));
    }

    /** Arms for the variants no arm covers, before the match's closing brace. */
    private void addArms(AnalysisDiagnostic d, List<QuickFix> out) {
        int at = doc.offset(d.range().start());
        MatchExpr[] found = new MatchExpr[1];
        AstWalk.items(file.file().unit().items(), new AstWalk.Visitor() {
            @Override
            public void expr(Expr e) {
                if (e instanceof MatchExpr m && m.pos().offset() == at) {
                    found[0] = m;
                }
            }
        });
        MatchExpr m = found[0];
        if (m == null) {
            return;
        }
        int open = doc.kindAfter(doc.tokenIndex(new Extents(doc).end(m.scrutinee())), TokenKind.LBRACE);
        int close = doc.partner(open);
        if (open < 0 || close < 0) {
            return;
        }
        List<String> arms = missingArms(m);
        Token closing = doc.token(close);
        Position closeAt = doc.position(closing.offset());
        String closeLine = doc.line(closeAt.line());
        String baseIndent = indentOf(doc.line(doc.position(m.pos().offset()).line()));
        String indent = m.arms().isEmpty()
                ? baseIndent + "    "
                : indentOf(doc.line(doc.position(m.arms().get(0).pos().offset()).line()));
        List<TextEdit> edits = new ArrayList<>();
        Token last = doc.token(close - 1);
        if (!m.arms().isEmpty() && !last.is(TokenKind.COMMA)) {
            Position after = doc.position(last.endOffset());
            edits.add(new TextEdit(new Range(after, after), ","));
        }
        StringBuilder text = new StringBuilder();
        boolean ownLine = closeLine.substring(0, closeAt.character()).isBlank();
        if (ownLine) {
            Position lineStart = new Position(closeAt.line(), 0);
            for (String arm : arms) {
                text.append(indent).append(arm).append(",\n");
            }
            edits.add(new TextEdit(new Range(lineStart, lineStart), text.toString()));
        } else {
            text.append('\n');
            for (String arm : arms) {
                text.append(indent).append(arm).append(",\n");
            }
            text.append(baseIndent);
            edits.add(new TextEdit(new Range(closeAt, closeAt), text.toString()));
        }
        out.add(new QuickFix("Add missing match arms", d, file.uri(), edits));
    }

    /** {@code Shape::Square(_) => {}} for each variant no unguarded arm covers, else a {@code _} arm. */
    private List<String> missingArms(MatchExpr m) {
        Type t = run.annotations().type(m.scrutinee());
        if (!(t instanceof EnumType e)) {
            return List.of("_ => {}");
        }
        String prefix = e.symbol().name();
        List<VariantSymbol> missing = new ArrayList<>(e.symbol().variants());
        for (MatchArm arm : m.arms()) {
            if (arm.pattern() instanceof VariantPattern v) {
                prefix = String.join(".", v.enumType().path());
                if (arm.guard() == null && v.fields().stream().allMatch(QuickFixes::catchAll)) {
                    missing.removeIf(s -> s.name().equals(v.variant()));
                }
            }
        }
        if (missing.isEmpty()) {
            return List.of("_ => {}");
        }
        List<String> out = new ArrayList<>();
        for (VariantSymbol v : missing) {
            String fields = v.fields().isEmpty()
                    ? ""
                    : "(" + String.join(", ", Collections.nCopies(v.fields().size(), "_")) + ")";
            out.add(prefix + "::" + v.name() + fields + " => {}");
        }
        return out;
    }

    private static boolean catchAll(Pattern p) {
        return p instanceof WildcardPattern || p instanceof BindingPattern;
    }

    private static String indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(0, i);
    }
}
