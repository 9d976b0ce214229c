package beskid.lowering.ast;

/** Binary operators, loosest first ({@code ID_EQ} is {@code ===}), each with its spelling. */
public enum BinaryOp {
    OR("||"),
    AND("&&"),
    EQ("=="),
    NE("!="),
    ID_EQ("==="),
    ID_NE("!=="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    ADD("+"),
    SUB("-"),
    MUL("*"),
    DIV("/"),
    REM("%");

    private final String symbol;

    BinaryOp(String symbol) {
        this.symbol = symbol;
    }

    /** How the operator is written in source, e.g. {@code ===}. */
    public String symbol() {
        return symbol;
    }
}
