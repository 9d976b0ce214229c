package beskid.lowering.ast;

/** {@code a.b}; pos is the position of the name after the dot. */
public record MemberExpr(SourcePos pos, Expr target, String name) implements Expr {}
