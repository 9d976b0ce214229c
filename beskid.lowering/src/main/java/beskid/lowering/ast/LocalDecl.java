package beskid.lowering.ast;

/** {@code Type [mut] x = e;} or {@code let [mut] x = e;} (type null). */
public record LocalDecl(SourcePos pos, TypeRef type, boolean mutable, String name, Expr init) implements Stmt {}
