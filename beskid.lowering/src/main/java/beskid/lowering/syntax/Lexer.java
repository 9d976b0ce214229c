package beskid.lowering.syntax;

import beskid.lowering.ast.SourcePos;
import beskid.lowering.diag.Diagnostics;
import beskid.lowering.diag.ErrorCode;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Turns a {@link SourceText} into tokens, reporting lexical errors and always finishing with
 * an {@link TokenKind#EOF} token. One pass, no backtracking, so time is linear in the input.
 *
 * <p>An interpolated string {@code "a${x}b${y}c"} becomes {@code STRING_HEAD(a) x
 * STRING_MID(b) y STRING_TAIL(c)}: the inner expressions are ordinary tokens with their true
 * positions, and the parser reads them with its expression grammar. A stack of brace depths
 * tells a {@code }} that closes an interpolation from one inside it. A string, with its
 * interpolations, lies on one line; a line break ends an unterminated one.
 */
public final class Lexer {
    /** The widest literal any integer type can take: {@code 2^63}, valid only as {@code -2^63}. */
    static final BigInteger MAX_INT_LITERAL = BigInteger.ONE.shiftLeft(63);

    private final SourceText source;
    private final String text;
    /** Added to every offset handed out, so positions are unique across a program's files. */
    private final int base;

    private final Diagnostics diags;
    private final TokenList tokens;
    /** Keywords and identifiers; equal identifiers share one String. */
    private final WordTable words;
    /** One entry per open interpolation: braces opened inside it, and its string's start. */
    private final Deque<Interpolation> interpolations = new ArrayDeque<>();

    /** Where comments are collected for tools that keep them (the formatter), or null. */
    private List<Comment> comments;

    private int pos;
    private boolean malformed;
    private int line = 1;
    private int column = 1;
    private StringBuilder doc;

    private static final class Interpolation {
        final SourcePos stringStart;
        int braces;

        Interpolation(SourcePos stringStart) {
            this.stringStart = stringStart;
        }
    }

    /** A lexer over {@code source} reporting into {@code diags}. */
    public Lexer(SourceText source, Diagnostics diags) {
        this(source, diags, 1);
    }

    /** A lexer over a slice of a file whose first line is line {@code firstLine} of the file. */
    Lexer(SourceText source, Diagnostics diags, int firstLine) {
        this.line = firstLine;
        this.source = source;
        this.text = source.text();
        this.base = source.base();
        this.diags = diags;
        // Sized for dense code (a token per 3 chars; typical code has one per 4-6) so that a
        // large file's token columns are seldom copied.
        this.tokens = new TokenList(text.length() / 3);
        this.words = new WordTable(text.length());
    }

    /** Lexes the whole text; the list ends with exactly one EOF token. */
    public static List<Token> tokenize(SourceText source, Diagnostics diags) {
        return new Lexer(source, diags).run();
    }

    /**
     * Lexes the whole text like {@link #tokenize(SourceText, Diagnostics)}, and also adds every
     * comment ({@code //}, {@code ///}, {@code /* *}{@code /}) to {@code commentsOut} in source order.
     * The tokens are the same either way: comments never reach the parser.
     */
    public static List<Token> tokenize(SourceText source, Diagnostics diags, List<Comment> commentsOut) {
        Lexer lexer = new Lexer(source, diags);
        lexer.comments = commentsOut;
        return lexer.run();
    }

    /** Lexes the whole text once; the list ends with exactly one EOF token. */
    public List<Token> run() {
        while (true) {
            skipTrivia();
            if (pos >= text.length()) {
                closeOpenInterpolations();
                break;
            }
            lexToken();
        }
        emit(TokenKind.EOF, null, pos, line, column);
        return tokens;
    }

    // ---- trivia -------------------------------------------------------------------------

    private void skipTrivia() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n' || c == '\r') {
                if (!interpolations.isEmpty()) {
                    // A string cannot span lines: the open interpolation is unterminated.
                    closeOpenInterpolations();
                }
                advance();
            } else if (c == ' ' || c == '\t' || c == '\f') {
                advanceAscii();
            } else if (c == '/' && peek(1) == '/') {
                lineComment();
            } else if (c == '/' && peek(1) == '*') {
                blockComment();
            } else if (source.isDecodingError(pos)) {
                advance(); // already reported by SourceText
            } else {
                return;
            }
        }
    }

    private void lineComment() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            advance();
        }
        if (comments != null) {
            comments.add(new Comment(base + start, base + pos));
        }
        // `///` is a doc comment; `////` (and longer) is an ordinary comment.
        boolean isDoc = pos - start >= 3
                && text.charAt(start + 2) == '/'
                && (pos - start == 3 || text.charAt(start + 3) != '/');
        if (isDoc) {
            String body = text.substring(start + 3, pos);
            if (body.startsWith(" ")) {
                body = body.substring(1);
            }
            if (doc == null) {
                doc = new StringBuilder(body);
            } else {
                doc.append('\n').append(body);
            }
        }
    }

    private void blockComment() {
        SourcePos start = here();
        advance();
        advance();
        while (pos < text.length()) {
            if (text.charAt(pos) == '*' && peek(1) == '/') {
                advance();
                advance();
                if (comments != null) {
                    comments.add(new Comment(start.offset(), base + pos));
                }
                return;
            }
            advance();
        }
        diags.add(start, ErrorCode.UNTERMINATED_COMMENT, "unterminated block comment: missing `*/`");
    }

    // ---- tokens -------------------------------------------------------------------------

    private void lexToken() {
        int startPos = pos;
        int startLine = line;
        int startColumn = column;
        char c = text.charAt(pos);
        if (isIdentStart(c)) {
            while (pos < text.length() && isIdentPart(text.charAt(pos))) {
                advanceAscii();
            }
            int word = words.find(text, startPos, pos);
            TokenKind kind = words.kind(word);
            emit(kind, kind == TokenKind.IDENT ? words.word(word) : null, startPos, startLine, startColumn);
            return;
        }
        if (c >= '0' && c <= '9') {
            number(startPos, startLine, startColumn);
            return;
        }
        if (c == '"') {
            advance();
            string(startPos, startLine, startColumn, new SourcePos(base + startPos, startLine, startColumn), true);
            return;
        }
        if (c == '\'') {
            charLiteral(startPos, startLine, startColumn);
            return;
        }
        if (c == '}' && !interpolations.isEmpty() && interpolations.peek().braces == 0) {
            Interpolation open = interpolations.pop();
            advance();
            string(startPos, startLine, startColumn, open.stringStart, false);
            return;
        }
        TokenKind punct = punctuation(c);
        if (punct == null) {
            unexpected();
            return;
        }
        for (int i = 0; i < punct.spelling().length(); i++) {
            advanceAscii();
        }
        if (!interpolations.isEmpty()) {
            if (punct == TokenKind.LBRACE) {
                interpolations.peek().braces++;
            } else if (punct == TokenKind.RBRACE) {
                interpolations.peek().braces--;
            }
        }
        emit(punct, null, startPos, startLine, startColumn);
    }

    private TokenKind punctuation(char c) {
        char n = peek(1);
        return switch (c) {
            case '(' -> TokenKind.LPAREN;
            case ')' -> TokenKind.RPAREN;
            case '{' -> TokenKind.LBRACE;
            case '}' -> TokenKind.RBRACE;
            case '[' -> TokenKind.LBRACKET;
            case ']' -> TokenKind.RBRACKET;
            case ',' -> TokenKind.COMMA;
            case ';' -> TokenKind.SEMI;
            case '.' -> TokenKind.DOT;
            case '?' -> TokenKind.QUESTION;
            case ':' -> n == ':' ? TokenKind.COLON_COLON : TokenKind.COLON;
            case '=' ->
                n == '>'
                        ? TokenKind.ARROW
                        : n == '=' ? (peek(2) == '=' ? TokenKind.ID_EQ : TokenKind.EQ) : TokenKind.ASSIGN;
            case '!' -> n == '=' ? (peek(2) == '=' ? TokenKind.ID_NE : TokenKind.NE) : TokenKind.BANG;
            case '<' -> n == '=' ? TokenKind.LE : TokenKind.LT;
            case '>' -> n == '=' ? TokenKind.GE : TokenKind.GT;
            case '+' -> n == '=' ? TokenKind.PLUS_ASSIGN : TokenKind.PLUS;
            case '-' -> n == '=' ? TokenKind.MINUS_ASSIGN : TokenKind.MINUS;
            case '*' -> TokenKind.STAR;
            case '/' -> TokenKind.SLASH;
            case '%' -> TokenKind.PERCENT;
            case '&' -> n == '&' ? TokenKind.AND_AND : null;
            case '|' -> n == '|' ? TokenKind.OR_OR : null;
            default -> null;
        };
    }

    /** Reports a run of characters that start no token as one error. */
    private void unexpected() {
        SourcePos start = here();
        int from = pos;
        int count = 0;
        do {
            advance();
            count++;
        } while (pos < text.length() && startsNothing(pos));
        String shown = text.substring(from, pos);
        String message = count == 1
                ? "unexpected character " + show(shown) + hint(shown)
                : "unexpected characters " + show(shown.length() > 20 ? shown.substring(0, 20) + "…" : shown);
        diags.add(start, ErrorCode.UNEXPECTED_CHARACTER, message);
        // A token of its own, so the parser sees that something stood here and stays quiet.
        malformed = true;
        emit(TokenKind.ERROR, shown.length() > 20 ? shown.substring(0, 20) : shown, from, start.line(), start.column());
    }

    private boolean startsNothing(int at) {
        char c = text.charAt(at);
        if (c == ' '
                || c == '\t'
                || c == '\n'
                || c == '\r'
                || c == '\f'
                || isIdentPart(c)
                || c == '"'
                || c == '\''
                || source.isDecodingError(at)) {
            return false;
        }
        if (c == '/' && at + 1 < text.length() && (text.charAt(at + 1) == '/' || text.charAt(at + 1) == '*')) {
            return false;
        }
        int saved = pos;
        pos = at;
        boolean none = punctuation(c) == null;
        pos = saved;
        return none;
    }

    private static String hint(String single) {
        return switch (single) {
            case "&" -> " (the logical and is `&&`)";
            case "|" -> " (the logical or is `||`)";
            case "$" -> " (interpolation `${...}` works inside strings)";
            default -> "";
        };
    }

    private static String show(String s) {
        StringBuilder out = new StringBuilder();
        boolean printable = s.codePoints().allMatch(cp -> cp >= 0x20 && cp != 0x7F && !Character.isISOControl(cp));
        if (printable) {
            return "`" + s + "`";
        }
        s.codePoints().forEach(cp -> {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(String.format("U+%04X", cp));
        });
        return out.toString();
    }

    // ---- literals -----------------------------------------------------------------------

    private void number(int startPos, int startLine, int startColumn) {
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            advanceAscii();
        }
        boolean isFloat = false;
        if (peek(0) == '.' && isDigit(peek(1))) {
            isFloat = true;
            advance();
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                advanceAscii();
            }
            if ((peek(0) == 'e' || peek(0) == 'E')
                    && (isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && isDigit(peek(2))))) {
                advance();
                advance();
                while (pos < text.length() && isDigit(text.charAt(pos))) {
                    advanceAscii();
                }
            }
        }
        int digitsEnd = pos;
        if (pos < text.length() && isIdentStart(text.charAt(pos))) {
            SourcePos suffixPos = here();
            int from = pos;
            while (pos < text.length() && isIdentPart(text.charAt(pos))) {
                advanceAscii();
            }
            diags.add(
                    suffixPos,
                    ErrorCode.INVALID_NUMBER,
                    "invalid suffix `" + abbreviate(text.substring(from, pos)) + "` on a number");
        }
        // One shared string per distinct literal, as for identifiers: programs repeat their numbers.
        String digits = words.word(words.find(text, startPos, digitsEnd));
        if (isFloat) {
            emit(TokenKind.FLOAT, digits, startPos, startLine, startColumn);
            return;
        }
        int zeros = 0; // leading zeros, keeping the last digit (a regex here cost a compile per literal)
        while (zeros < digits.length() - 1 && digits.charAt(zeros) == '0') {
            zeros++;
        }
        String significant = digits.substring(zeros);
        // Checking the length first keeps a megabyte of digits from a slow BigInteger parse.
        if (significant.length() > 19
                && (significant.length() > 25 || new BigInteger(significant).compareTo(MAX_INT_LITERAL) > 0)) {
            diags.add(
                    new SourcePos(base + startPos, startLine, startColumn),
                    ErrorCode.INTEGER_TOO_LARGE,
                    "integer literal `" + abbreviate(digits) + "` is too large for any integer type");
            significant = "0";
        }
        emit(TokenKind.INT, significant, startPos, startLine, startColumn);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /**
     * Reads string text after an opening {@code "} or an interpolation's closing {@code }}, up
     * to the closing quote or the next {@code ${}, and emits the matching string token.
     */
    private void string(int startPos, int startLine, int startColumn, SourcePos stringStart, boolean first) {
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= text.length() || text.charAt(pos) == '\n' || text.charAt(pos) == '\r') {
                // Inside an interpolation the enclosing string is unterminated too; it alone
                // is reported (by closeOpenInterpolations at this same line end).
                if (interpolations.isEmpty()) {
                    diags.add(stringStart, ErrorCode.UNTERMINATED_STRING, "unterminated string literal: missing `\"`");
                }
                malformed = true;
                emit(
                        first ? TokenKind.STRING : TokenKind.STRING_TAIL,
                        value.toString(),
                        startPos,
                        startLine,
                        startColumn);
                return;
            }
            char c = text.charAt(pos);
            if (c == '"') {
                advance();
                emit(
                        first ? TokenKind.STRING : TokenKind.STRING_TAIL,
                        value.toString(),
                        startPos,
                        startLine,
                        startColumn);
                return;
            }
            if (c == '$' && peek(1) == '{') {
                advance();
                advance();
                emit(
                        first ? TokenKind.STRING_HEAD : TokenKind.STRING_MID,
                        value.toString(),
                        startPos,
                        startLine,
                        startColumn);
                interpolations.push(new Interpolation(stringStart));
                return;
            }
            if (c == '\\') {
                escape(value, '"');
            } else {
                appendCurrent(value);
            }
        }
    }

    private void charLiteral(int startPos, int startLine, int startColumn) {
        SourcePos start = here();
        advance();
        StringBuilder value = new StringBuilder();
        while (pos < text.length()
                && text.charAt(pos) != '\''
                && text.charAt(pos) != '\n'
                && text.charAt(pos) != '\r') {
            if (text.charAt(pos) == '\\') {
                escape(value, '\'');
            } else {
                appendCurrent(value);
            }
        }
        if (peek(0) != '\'') {
            malformed = true;
            diags.add(start, ErrorCode.INVALID_CHAR_LITERAL, "unterminated character literal: missing `'`");
        } else {
            advance();
            int count = value.codePointCount(0, value.length());
            if (count != 1) {
                diags.add(
                        start,
                        ErrorCode.INVALID_CHAR_LITERAL,
                        count == 0 ? "empty character literal" : "character literal must hold exactly one character");
            }
        }
        String one = value.length() == 0 ? "\0" : new String(Character.toChars(value.codePointAt(0)));
        emit(TokenKind.CHAR, one, startPos, startLine, startColumn);
    }

    private void escape(StringBuilder value, char quote) {
        SourcePos at = here();
        advance();
        char e = peek(0);
        switch (e) {
            case '"', '\\', '\'' -> value.append(e);
            case '$' -> value.append('$');
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'r' -> value.append('\r');
            case '0' -> value.append('\0');
            default -> {
                if (pos >= text.length() || e == '\n' || e == '\r') {
                    diags.add(at, ErrorCode.INVALID_ESCAPE, "invalid escape: `\\` at end of line");
                    return;
                }
                String shown = new String(Character.toChars(text.codePointAt(pos)));
                diags.add(at, ErrorCode.INVALID_ESCAPE, "invalid escape sequence `\\" + shown + "`");
                appendCurrent(value);
                return;
            }
        }
        advance();
    }

    /** After a line break or EOF inside an interpolation: the string was never closed. */
    private void closeOpenInterpolations() {
        while (!interpolations.isEmpty()) {
            Interpolation open = interpolations.pop();
            diags.add(
                    open.stringStart,
                    ErrorCode.UNTERMINATED_STRING,
                    "unterminated string literal: missing `}` or `\"` after `${`");
            // A synthetic empty tail keeps the token stream well formed for the parser.
            malformed = true;
            emit(TokenKind.STRING_TAIL, "", pos, line, column);
        }
    }

    // ---- low level ----------------------------------------------------------------------

    private void appendCurrent(StringBuilder value) {
        int cp = text.codePointAt(pos);
        value.appendCodePoint(cp);
        advance();
    }

    private void emit(TokenKind kind, String tokenText, int startPos, int startLine, int startColumn) {
        String attached = null;
        if (doc != null) {
            attached = doc.toString();
            doc = null;
        }
        tokens.add(
                kind,
                tokenText,
                base + startPos,
                startLine,
                startColumn,
                base + pos,
                line,
                column,
                attached,
                malformed);
        malformed = false;
    }

    private SourcePos here() {
        return new SourcePos(base + pos, line, column);
    }

    private char peek(int ahead) {
        int at = pos + ahead;
        return at < text.length() ? text.charAt(at) : '\0';
    }

    /** Moves one code point forward, keeping line and code-point column. */
    private void advance() {
        char c = text.charAt(pos++);
        if (c == '\n' || (c == '\r' && peek(0) != '\n')) {
            line++;
            column = 1;
            return;
        }
        if (Character.isHighSurrogate(c) && pos < text.length() && Character.isLowSurrogate(text.charAt(pos))) {
            pos++;
        }
        column++;
    }

    /**
     * Moves over a char known to be ASCII other than a line break (a blank, letter, digit or
     * punctuation): the common case, without {@link #advance()}'s line and surrogate checks.
     */
    private void advanceAscii() {
        pos++;
        column++;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || isDigit(c);
    }
}
