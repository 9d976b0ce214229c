package beskid.lowering.analysis.api;

/**
 * A classified token, on one line.
 *
 * @param line 0-based line
 * @param character 0-based start, UTF-16 code units
 * @param length in UTF-16 code units
 * @param type its class
 * @param declaration whether the token declares the name
 */
public record SemanticToken(int line, int character, int length, TokenType type, boolean declaration) {
    /** Token classes, in the order a server announces them in its legend. */
    public enum TokenType {
        NAMESPACE,
        TYPE,
        STRUCT,
        ENUM,
        INTERFACE,
        TYPE_PARAMETER,
        PARAMETER,
        VARIABLE,
        PROPERTY,
        ENUM_MEMBER,
        EVENT,
        FUNCTION,
        METHOD,
        KEYWORD,
        COMMENT,
        STRING,
        NUMBER,
        OPERATOR
    }
}
