package beskid.lowering.ast;

/** How a parameter is passed. */
public enum ParamMode {
    VALUE,
    REF,
    OUT
}
