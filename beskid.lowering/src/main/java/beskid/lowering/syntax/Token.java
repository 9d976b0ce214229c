package beskid.lowering.syntax;

import beskid.lowering.ast.SourcePos;
import java.math.BigInteger;

/**
 * One token. Positions are stored as plain ints (not {@link SourcePos} objects) because a
 * 5 MB file has millions of tokens; {@link #pos()} and {@link #end()} build them on demand.
 *
 * @param kind what it is
 * @param text identifier name, literal digits, decoded string or char text; null when fixed
 * @param offset char offset of the first char
 * @param line 1-based line of the first char
 * @param column 1-based code-point column of the first char
 * @param endOffset char offset just after the token
 * @param endLine line just after the token
 * @param endColumn column just after the token
 * @param doc the {@code ///} doc comment right before this token, or null
 * @param malformed the lexer reported this token (unterminated, bad escape, stray character);
 *        the parser keeps quiet about errors that are only its consequence
 */
public record Token(
        TokenKind kind,
        String text,
        int offset,
        int line,
        int column,
        int endOffset,
        int endLine,
        int endColumn,
        String doc,
        boolean malformed) {

    /** Where the token starts. */
    public SourcePos pos() {
        return new SourcePos(offset, line, column);
    }

    /** Just after the token: where a missing following token is reported. */
    public SourcePos end() {
        return new SourcePos(endOffset, endLine, endColumn);
    }

    /** The value of an INT token; literals that fit a long skip BigInteger's general parser. */
    public BigInteger intValue() {
        return text.length() <= 18 ? BigInteger.valueOf(Long.parseLong(text)) : new BigInteger(text);
    }

    /** Whether this is a {@code kind} token. */
    public boolean is(TokenKind k) {
        return kind == k;
    }

    /** For messages: {@code `while`}, {@code `x`}, {@code end of file}. */
    public String describe() {
        return switch (kind) {
            case IDENT, INT, FLOAT -> "`" + text + "`";
            case EOF -> "end of file";
            case STRING, STRING_HEAD, CHAR -> kind.spelling();
            case STRING_MID, STRING_TAIL -> "`}`";
            case ERROR -> "`" + text + "`";
            default -> "`" + kind.spelling() + "`";
        };
    }
}
