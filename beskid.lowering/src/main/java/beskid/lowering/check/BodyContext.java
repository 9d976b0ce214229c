package beskid.lowering.check;

import beskid.lowering.ast.SourcePos;
import beskid.lowering.ast.TypeRef;
import beskid.lowering.diag.ErrorCode;
import beskid.lowering.sema.Annotations;
import beskid.lowering.sema.LocalVar;
import beskid.lowering.sema.ModuleSymbol;
import beskid.lowering.sema.Type;
import beskid.lowering.sema.TypeParam;
import java.util.Map;

/**
 * What the body checkers share while checking one module: its symbols and annotations, the
 * current scope and frame, and the checkers of each kind of construct (which call each other
 * for nested constructs).
 */
final class BodyContext {
    final ModuleSymbol module;
    final Annotations ann;
    final Reporter reporter;
    final TypeResolver types;
    final ExpressionChecker exprs;
    final StatementChecker stmts;
    final CallChecker calls;
    final MatchChecker matches;
    final LambdaChecker lambdas;
    final Coercions coerce;
    final IntegerConstants consts;
    Map<String, TypeParam> typeParams = Map.of();
    Scope scope;
    Frame frame;
    /** How many block expressions enclose the statement being checked. */
    int blockExpressions;

    BodyContext(ModuleSymbol module, Annotations ann, Reporter reporter, TypeResolver types) {
        this.module = module;
        this.ann = ann;
        this.reporter = reporter;
        this.types = types;
        this.consts = new IntegerConstants(this);
        this.coerce = new Coercions(this);
        this.exprs = new ExpressionChecker(this);
        this.stmts = new StatementChecker(this);
        this.calls = new CallChecker(this);
        this.matches = new MatchChecker(this);
        this.lambdas = new LambdaChecker(this);
    }

    void error(SourcePos pos, String code, String message) {
        reporter.error(pos, code, message);
    }

    Type resolve(TypeRef ref) {
        return types.resolve(ref, module, typeParams);
    }

    /** Resolves the type of a stored or passed value (not unit, never or ref). */
    Type valueType(TypeRef ref) {
        return types.valueType(ref, module, typeParams);
    }

    void pushScope() {
        scope = new Scope(scope, frame);
    }

    void popScope() {
        scope = scope.parent;
    }

    /** Declares a local in the innermost scope; a second declaration in the same scope is an error. */
    LocalVar declare(String name, Type type, boolean mutable, SourcePos pos, boolean refCell) {
        LocalVar v = new LocalVar(name, type, mutable, pos, frame.owner, refCell);
        if (scope.find(name) != null) {
            error(pos, ErrorCode.DUPLICATE, "`" + name + "` is already declared in this block");
        }
        scope.add(v);
        return v;
    }

    /**
     * The local a name denotes, or null. A local of an enclosing function seen from inside a
     * lambda is recorded as a capture of every lambda in between.
     */
    LocalVar lookup(String name) {
        for (Scope s = scope; s != null; s = s.parent) {
            LocalVar v = s.find(name);
            if (v != null) {
                for (Frame f = frame; f != null && f != s.frame; f = f.parent) {
                    if (!f.captures.contains(v)) {
                        f.captures.add(v);
                    }
                }
                return v;
            }
        }
        return null;
    }

    /** True if a local of an enclosing frame is used from inside a lambda (so it is a copy). */
    boolean isCaptured(LocalVar v) {
        return frame.captures.contains(v);
    }
}
