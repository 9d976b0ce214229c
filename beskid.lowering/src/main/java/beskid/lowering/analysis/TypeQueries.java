package beskid.lowering.analysis;

import beskid.lowering.analysis.api.InferredType;
import beskid.lowering.analysis.api.TypeAt;
import beskid.lowering.ast.CallExpr;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.LambdaExpr;
import beskid.lowering.ast.LambdaParam;
import beskid.lowering.ast.LocalDecl;
import beskid.lowering.ast.Stmt;
import beskid.lowering.sema.Annotations;
import beskid.lowering.sema.CallTarget;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.LambdaInfo;
import beskid.lowering.sema.LocalVar;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.Type;
import beskid.lowering.sema.TypeParam;
import beskid.lowering.syntax.TokenKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Types the checker recorded, asked by position: the type of an expression, inferred types. */
final class TypeQueries {
    private final Annotations ann;
    private final ProgramRun.FileData file;
    private final DocumentText doc;
    private final Extents extents;

    TypeQueries(ProgramRun run, ProgramRun.FileData file) {
        this.ann = run.annotations();
        this.file = file;
        this.doc = file.doc();
        this.extents = new Extents(doc);
    }

    /** The innermost expression with a known type around an offset. */
    TypeAt typeAt(int offset) {
        Expr[] best = new Expr[1];
        int[] span = {0, Integer.MAX_VALUE};
        AstWalk.items(file.file().unit().items(), new AstWalk.Visitor() {
            @Override
            public void expr(Expr e) {
                int start = Extents.start(e);
                if (start > offset) {
                    return;
                }
                int end = extents.end(e);
                if (offset <= end && shown(e) != null && end - start <= span[1] - span[0]) {
                    best[0] = e;
                    span[0] = start;
                    span[1] = end;
                }
            }
        });
        return best[0] == null ? null : new TypeAt(doc.range(span[0], span[1]), shown(best[0]));
    }

    /** The type to show for an expression, or null when the checker found none. */
    private String shown(Expr e) {
        Annotations.Note n = ann.noteOf(e);
        Type t = n.type();
        if (t == Prim.UNTYPED_INT) {
            t = n.conversion() != null ? n.conversion() : Prim.I32;
        }
        return t == Prim.ERROR ? null : t.display();
    }

    /** Types the source leaves out between two offsets, in source order. */
    List<InferredType> inferred(int from, int to) {
        List<int[]> at = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        AstWalk.items(file.file().unit().items(), new AstWalk.Visitor() {
            @Override
            public void stmt(Stmt s) {
                if (s instanceof LocalDecl d && d.type() == null) {
                    LocalVar v = ann.local(d);
                    int name = nameOfLet(d);
                    if (v != null && name >= 0 && v.type() != Prim.ERROR) {
                        note(doc.token(name).endOffset(), ": " + v.type().display());
                    }
                }
            }

            @Override
            public void expr(Expr e) {
                if (e instanceof CallExpr c) {
                    CallTarget t = ann.call(c);
                    FunctionSymbol f = t instanceof CallTarget.FunctionCall fc
                            ? fc.function()
                            : t instanceof CallTarget.MethodCall mc ? mc.method() : null;
                    Map<TypeParam, Type> bindings = t instanceof CallTarget.FunctionCall fc
                            ? fc.bindings()
                            : t instanceof CallTarget.MethodCall mc ? mc.bindings() : Map.of();
                    if (f != null
                            && !f.typeParams().isEmpty()
                            && f.typeParams().stream().allMatch(bindings::containsKey)) {
                        String label = f.typeParams().stream()
                                .map(p -> bindings.get(p).display())
                                .collect(Collectors.joining(", ", "<", ">"));
                        int callee = doc.tokenStartingAt(c.callee().pos().offset());
                        if (callee >= 0) {
                            note(doc.token(callee).endOffset(), label);
                        }
                    }
                } else if (e instanceof LambdaExpr l) {
                    LambdaInfo info = ann.lambda(l);
                    for (int i = 0;
                            info != null
                                    && i < l.params().size()
                                    && i < info.params().size();
                            i++) {
                        LambdaParam p = l.params().get(i);
                        int name = doc.tokenStartingAt(p.pos().offset());
                        if (p.type() == null
                                && name >= 0
                                && info.params().get(i).type() != Prim.ERROR) {
                            note(
                                    doc.token(name).endOffset(),
                                    ": " + info.params().get(i).type().display());
                        }
                    }
                }
            }

            private void note(int offset, String label) {
                if (offset >= from && offset <= to) {
                    at.add(new int[] {offset, labels.size()});
                    labels.add(label);
                }
            }
        });
        at.sort(Comparator.comparingInt((int[] a) -> a[0]));
        List<InferredType> out = new ArrayList<>();
        for (int[] a : at) {
            out.add(new InferredType(doc.position(a[0]), labels.get(a[1])));
        }
        return out;
    }

    /** The name token of {@code let [mut] x}, or -1. */
    private int nameOfLet(LocalDecl d) {
        int i = doc.tokenStartingAt(d.pos().offset());
        if (i < 0) {
            return -1;
        }
        i++;
        if (doc.token(i).is(TokenKind.KW_MUT)) {
            i++;
        }
        return doc.token(i).is(TokenKind.IDENT) && d.name().equals(doc.token(i).text()) ? i : -1;
    }
}
