package beskid.lowering.diag;

/**
 * Stable diagnostic codes. Codes are part of the user-visible output ({@code error[E0105]}), so a
 * code is never reused for a different meaning. Ranges: {@code E01xx} syntax (this class's
 * constants below), {@code E02xx} names, {@code E03xx} types, {@code E04xx} other checks; the
 * checker adds its own ranges here.
 */
public final class ErrorCode {
    /** A character that starts no token (e.g. {@code #}, a non-ASCII letter, a control byte). */
    public static final String UNEXPECTED_CHARACTER = "E0101";
    /** A string literal without its closing quote on the same line. */
    public static final String UNTERMINATED_STRING = "E0102";
    /** A block comment without its closing {@code * /}. */
    public static final String UNTERMINATED_COMMENT = "E0103";
    /** An escape sequence the language does not define (e.g. {@code \q}). */
    public static final String INVALID_ESCAPE = "E0104";
    /** A token the grammar requires is missing, or a different token is in its place. */
    public static final String EXPECTED_TOKEN = "E0105";
    /** A byte sequence that is not valid UTF-8. */
    public static final String INVALID_UTF8 = "E0106";
    /** Nesting deeper than the parser's limit; protects every later recursive pass. */
    public static final String NESTING_TOO_DEEP = "E0107";
    /** An integer literal larger than the widest integer type can hold. */
    public static final String INTEGER_TOO_LARGE = "E0108";
    /** A character literal that is empty, unterminated or holds more than one character. */
    public static final String INVALID_CHAR_LITERAL = "E0109";
    /** A malformed number such as {@code 1.} or {@code 1e}. */
    public static final String INVALID_NUMBER = "E0110";
    /** A modifier or attribute on an item that cannot carry it (e.g. {@code pub use}). */
    public static final String MISPLACED_MODIFIER = "E0111";
    /** A construct that is well-formed tokens but not allowed where it stands. */
    public static final String INVALID_SYNTAX = "E0112";
    /** A bug in the parser caught at its boundary (reported, never thrown). */
    public static final String INTERNAL_ERROR = "E0198";
    /** Emitted once when a file has more errors than the collector keeps. */
    public static final String TOO_MANY_ERRORS = "E0199";

    private ErrorCode() {}
}
