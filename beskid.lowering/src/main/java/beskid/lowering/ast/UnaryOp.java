package beskid.lowering.ast;

/** Unary operators. */
public enum UnaryOp {
    NEG,
    NOT
}
