package beskid.lowering.ast;

/** An integer literal (never negative: a sign is unary minus). */
public record IntLit(SourcePos pos, java.math.BigInteger value) implements Expr {}
