package beskid.lowering.sema;

import beskid.lowering.ast.CallExpr;
import beskid.lowering.ast.EnumCtorExpr;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.LambdaExpr;
import beskid.lowering.ast.Pattern;
import beskid.lowering.ast.Stmt;
import beskid.lowering.ast.StructLit;
import beskid.lowering.ast.TryExpr;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Everything the checker decided about one module's syntax tree, for the emitter. Keyed by
 * node identity (AST records compare by value); only ever looked up, never iterated, so the
 * tables do not make output order depend on hashing. The per-expression notes, by far the
 * largest table, live in a {@link NoteTable} that keeps a function's nodes close together.
 */
public final class Annotations {
    /**
     * What is known about one expression; one table entry per node keeps lookups cheap, and
     * {@link #noteOf} lets the emitter read all of it with a single lookup.
     */
    public static final class Note {
        /** For nodes nothing was noted about; never stored, so never written. */
        private static final Note NONE = new Note();

        private Type type;
        private Type conversion;
        private BigInteger constant;
        /**
         * The constant as a long when it fits one (nearly always): the emitter reads it without
         * touching the BigInteger and its magnitude array, two cache misses per literal in a large
         * module whose literals were parsed long before.
         */
        private long longConstant;

        private boolean fitsLong;
        private Resolved resolution;
        private CallTarget call;

        private Note() {}

        /** The type of the value the expression leaves (before any conversion). */
        public Type type() {
            return type != null ? type : Prim.ERROR;
        }

        /** The type the value must be converted to where it is used, or null. */
        public Type conversion() {
            return conversion;
        }

        /** The folded value of an integer constant expression, or null. */
        public BigInteger constant() {
            return constant;
        }

        /** The folded constant's low 64 bits (call only when {@link #constant} is not null). */
        public long longConstant() {
            return fitsLong ? longConstant : constant.longValue();
        }
    }

    private final NoteTable<Note> notes;
    private final Map<LambdaExpr, LambdaInfo> lambdas = new IdentityHashMap<>();
    // keyed by declaring node, hashed by source offset like the notes (see NoteTable)
    private final NoteTable<LocalVar> locals;
    private final NoteTable<FunctionInfo> functions;
    private final Map<Pattern, Object> patterns = new IdentityHashMap<>();
    private final Map<Pattern, Type> patternTypes = new IdentityHashMap<>();
    private final Map<EnumCtorExpr, VariantSymbol> variants = new IdentityHashMap<>();
    private final Map<StructLit, StructType> structs = new IdentityHashMap<>();
    private final Map<TryExpr, TryInfo> tries = new IdentityHashMap<>();
    private final Map<Stmt, Boolean> nestedJumps = new IdentityHashMap<>();

    /** Annotations for a module of about {@code expectedExpressions} expressions (sizes the maps once). */
    public Annotations(int expectedExpressions) {
        notes = new NoteTable<>(expectedExpressions);
        locals = new NoteTable<>(expectedExpressions / 8);
        functions = new NoteTable<>(expectedExpressions / 16);
    }

    /** Everything noted about an expression (an empty note when nothing was). */
    public Note noteOf(Expr e) {
        Note n = notes.get(e);
        return n != null ? n : Note.NONE;
    }

    /** The type of the value an expression leaves (before any conversion). */
    public Type type(Expr e) {
        return noteOf(e).type();
    }

    private Note note(Expr e) {
        return notes.getOrAdd(e, Note::new);
    }

    public void setType(Expr e, Type t) {
        note(e).type = t;
    }

    /** The type the expression's value must be converted to where it is used, or null. */
    public Type conversion(Expr e) {
        Note n = notes.get(e);
        return n != null ? n.conversion : null;
    }

    public void setConversion(Expr e, Type target) {
        note(e).conversion = target;
    }

    /** The folded value of an integer constant expression, or null. */
    public BigInteger constant(Expr e) {
        Note n = notes.get(e);
        return n != null ? n.constant : null;
    }

    public void setConstant(Expr e, BigInteger v) {
        Note n = note(e);
        n.constant = v;
        n.fitsLong = v != null && v.bitLength() < Long.SIZE;
        n.longConstant = n.fitsLong ? v.longValue() : 0;
    }

    /** What a name or member expression refers to, or null. */
    public Resolved resolution(Expr e) {
        Note n = notes.get(e);
        return n != null ? n.resolution : null;
    }

    public void resolve(Expr e, Resolved r) {
        note(e).resolution = r;
    }

    public CallTarget call(CallExpr c) {
        return noteOf(c).call;
    }

    public void setCall(CallExpr c, CallTarget t) {
        note(c).call = t;
    }

    public LambdaInfo lambda(LambdaExpr l) {
        return lambdas.get(l);
    }

    public void setLambda(LambdaExpr l, LambdaInfo info) {
        lambdas.put(l, info);
    }

    /** The variable declared by a LocalDecl, ForStmt or BindingPattern. */
    public LocalVar local(Object declaringNode) {
        return locals.get(declaringNode);
    }

    public void setLocal(Object declaringNode, LocalVar v) {
        locals.put(declaringNode, v);
    }

    /** The parameters of a FunctionDecl or TestDecl body. */
    public FunctionInfo function(Object decl) {
        return functions.get(decl);
    }

    public void setFunction(Object decl, FunctionInfo info) {
        functions.put(decl, info);
    }

    /**
     * What a pattern matched against: a VariantSymbol (with the scrutinee's EnumType as the
     * type of the pattern), a literal's value (BigInteger, String, Boolean or Integer code
     * point), or nothing for bindings and wildcards.
     */
    public Object pattern(Pattern p) {
        return patterns.get(p);
    }

    public void setPattern(Pattern p, Object info) {
        patterns.put(p, info);
    }

    /** The type of the value a pattern is matched against. */
    public Type patternType(Pattern p) {
        Type t = patternTypes.get(p);
        return t != null ? t : Prim.ERROR;
    }

    public void setPatternType(Pattern p, Type t) {
        patternTypes.put(p, t);
    }

    public VariantSymbol variant(EnumCtorExpr e) {
        return variants.get(e);
    }

    public void setVariant(EnumCtorExpr e, VariantSymbol v) {
        variants.put(e, v);
    }

    public StructType struct(StructLit s) {
        return structs.get(s);
    }

    public void setStruct(StructLit s, StructType t) {
        structs.put(s, t);
    }

    public TryInfo tryInfo(TryExpr t) {
        return tries.get(t);
    }

    public void setTry(TryExpr t, TryInfo info) {
        tries.put(t, info);
    }

    /** True for a break or continue inside a block expression (operands may be pending). */
    public boolean isNestedJump(Stmt s) {
        return nestedJumps.containsKey(s);
    }

    public void markNestedJump(Stmt s) {
        nestedJumps.put(s, Boolean.TRUE);
    }
}
