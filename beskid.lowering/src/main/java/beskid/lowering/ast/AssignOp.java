package beskid.lowering.ast;

/** Assignment operators. */
public enum AssignOp {
    ASSIGN,
    ADD_ASSIGN,
    SUB_ASSIGN
}
