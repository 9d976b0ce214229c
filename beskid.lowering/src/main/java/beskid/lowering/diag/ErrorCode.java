package beskid.lowering.diag;

/**
 * The one registry of diagnostic codes (lexer, parser, checker, lowering and the backends'
 * shared checks). Codes are part of the user-visible output ({@code error[E0105]}), so a code is
 * never reused for a different meaning ({@code ErrorCodeRegistryTest} fails on a duplicate).
 * Ranges: {@code E01xx} syntax, {@code E02xx} names, {@code E03xx} types, {@code E04xx} other
 * checks and limits, {@code E05xx} linking against the runtime, {@code E0999} a compiler bug.
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

    /** A name that is not declared. */
    public static final String UNDEFINED_NAME = "E0201";
    /** A type name that is not declared. */
    public static final String UNKNOWN_TYPE = "E0202";
    /** A name declared twice in one scope. */
    public static final String DUPLICATE = "E0203";
    /** A {@code use} or module path that names nothing. */
    public static final String UNKNOWN_MODULE = "E0204";
    /** A field, method or event a type does not have. */
    public static final String UNKNOWN_MEMBER = "E0205";
    /** An enum variant that does not exist. */
    public static final String UNKNOWN_VARIANT = "E0206";
    /** A name used as something it is not (a module as a value, a type as a function...). */
    public static final String WRONG_KIND = "E0207";
    /** A module file ({@code pub mod x;}) that is not there or cannot be read. */
    public static final String MODULE_FILE = "E0208";
    /** A file's {@code mod a.b;} that disagrees with the path it was loaded by, or is misplaced. */
    public static final String MODULE_PATH = "E0209";
    /** Module files that load each other in a cycle. */
    public static final String MODULE_CYCLE = "E0210";
    /** An attribute used but declared nowhere (LANGUAGE.md: {@code attribute Name(Targets) { ... }}). */
    public static final String UNKNOWN_ATTRIBUTE = "E0211";

    /** A value of one type where another is expected. */
    public static final String TYPE_MISMATCH = "E0301";
    /** An integer constant that does not fit its type. */
    public static final String LITERAL_RANGE = "E0302";
    /** Two typed operands of different integer types. */
    public static final String MIXED_INTEGERS = "E0303";
    /** Wrong number of arguments, fields or type arguments. */
    public static final String ARITY = "E0304";
    /** {@code ==} on struct, enum, contract, array or function values. */
    public static final String REFERENCE_EQUALITY = "E0305";
    /** A match that does not cover every case. */
    public static final String NOT_EXHAUSTIVE = "E0306";
    /** A non-unit function that can reach its end. */
    public static final String MISSING_RETURN = "E0307";
    /** Assignment to something that cannot be assigned. */
    public static final String NOT_ASSIGNABLE = "E0308";
    /** A struct literal with a missing, repeated or unknown field. */
    public static final String STRUCT_FIELDS = "E0309";
    /** Generic type arguments that cannot be inferred. */
    public static final String CANNOT_INFER = "E0310";
    /** A type that does not implement its contract. */
    public static final String CONTRACT = "E0311";
    /** {@code ?} on a value it does not apply to. */
    public static final String TRY = "E0312";
    /** An operator applied to operands it does not take. */
    public static final String OPERATOR = "E0313";
    /** An interpolated value of a type that has no text form. */
    public static final String INTERPOLATION = "E0314";

    /** {@code break} or {@code continue} outside a loop. */
    public static final String OUTSIDE_LOOP = "E0401";
    /** An {@code [Interop]} declaration without an ABI tag or with the wrong return group. */
    public static final String INTEROP = "E0402";
    /** A {@code main} with parameters or an unsupported result type. */
    public static final String MAIN = "E0403";
    /** A malformed test section. */
    public static final String TEST_SECTION = "E0404";
    /** A declaration that is not supported in this position. */
    public static final String UNSUPPORTED = "E0405";
    /** A function or class beyond a limit of the JVM class file format (64 KB of code...). */
    public static final String TOO_LARGE = "E0406";
    /** A program asked to run or build without a {@code main} function. */
    public static final String NO_MAIN = "E0407";
    /** An import of the lowered artifact that the runtime's symbol table does not provide. */
    public static final String UNBOUND_IMPORT = "E0501";

    /** A bug of the compiler itself, reported instead of crashing. */
    public static final String INTERNAL = "E0999";

    private ErrorCode() {}
}
