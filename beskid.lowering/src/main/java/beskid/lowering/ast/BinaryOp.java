package beskid.lowering.ast;

/** Binary operators, loosest first ({@code ID_EQ} is {@code ===}). */
public enum BinaryOp {
    OR,
    AND,
    EQ,
    NE,
    ID_EQ,
    ID_NE,
    LT,
    LE,
    GT,
    GE,
    ADD,
    SUB,
    MUL,
    DIV,
    REM
}
