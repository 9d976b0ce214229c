package beskid.lowering.analysis.api;

/** What a symbol is; a client maps it to its own icons. */
public enum SymbolKind {
    MODULE,
    FUNCTION,
    METHOD,
    STRUCT,
    FIELD,
    ENUM,
    VARIANT,
    CONTRACT,
    TYPE_ALIAS,
    TYPE_PARAMETER,
    EVENT,
    TEST,
    PARAMETER,
    LOCAL,
    KEYWORD
}
