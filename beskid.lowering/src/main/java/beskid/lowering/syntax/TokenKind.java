package beskid.lowering.syntax;

import java.util.HashMap;
import java.util.Map;

/** The kinds of tokens; {@link #spelling()} is the fixed text, or a description for classes. */
public enum TokenKind {
    IDENT("identifier"),
    INT("integer literal"),
    FLOAT("float literal"),
    CHAR("character literal"),
    /** A whole string without interpolation; text is the decoded value. */
    STRING("string literal"),
    /** {@code "text${} — the start of an interpolated string; text is the decoded part. */
    STRING_HEAD("string literal"),
    /** {@code }text${} — between two interpolations. */
    STRING_MID("string literal"),
    /** {@code }text"} — the end of an interpolated string. */
    STRING_TAIL("string literal"),

    KW_TYPE("type"),
    KW_ENUM("enum"),
    KW_CONTRACT("contract"),
    KW_ATTRIBUTE("attribute"),
    KW_IMPL("impl"),
    KW_MATCH("match"),
    KW_EVENT("event"),
    KW_WHEN("when"),
    KW_IF("if"),
    KW_ELSE("else"),
    KW_WHILE("while"),
    KW_FOR("for"),
    KW_IN("in"),
    KW_RETURN("return"),
    KW_BREAK("break"),
    KW_CONTINUE("continue"),
    KW_LET("let"),
    KW_MUT("mut"),
    KW_MOD("mod"),
    KW_USE("use"),
    KW_PUB("pub"),
    KW_REF("ref"),
    KW_OUT("out"),
    KW_TEST("test"),
    KW_META("meta"),
    KW_SKIP("skip"),
    KW_TRUE("true"),
    KW_FALSE("false"),

    LPAREN("("),
    RPAREN(")"),
    LBRACE("{"),
    RBRACE("}"),
    LBRACKET("["),
    RBRACKET("]"),
    COMMA(","),
    SEMI(";"),
    COLON(":"),
    COLON_COLON("::"),
    DOT("."),
    QUESTION("?"),
    ARROW("=>"),
    ASSIGN("="),
    PLUS_ASSIGN("+="),
    MINUS_ASSIGN("-="),
    OR_OR("||"),
    AND_AND("&&"),
    EQ("=="),
    NE("!="),
    ID_EQ("==="),
    ID_NE("!=="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    PLUS("+"),
    MINUS("-"),
    STAR("*"),
    SLASH("/"),
    PERCENT("%"),
    BANG("!"),
    /** Characters that start no token; the lexer reported them already. */
    ERROR("unexpected character"),
    EOF("end of file");

    private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();

    static {
        for (TokenKind k : values()) {
            if (k.name().startsWith("KW_")) {
                KEYWORDS.put(k.spelling, k);
            }
        }
    }

    private final String spelling;

    TokenKind(String spelling) {
        this.spelling = spelling;
    }

    /** The fixed source text ({@code "=>"}, {@code "while"}) or a description ({@code "identifier"}). */
    public String spelling() {
        return spelling;
    }

    /** Whether this kind always has the same text (keywords and punctuation). */
    public boolean isFixed() {
        return ordinal() >= KW_TYPE.ordinal() && this != EOF && this != ERROR;
    }

    /** For messages: {@code `;`} for fixed tokens, {@code identifier} otherwise. */
    public String describe() {
        return isFixed() ? "`" + spelling + "`" : spelling;
    }

    /** The keyword spelled {@code word}, or null. */
    public static TokenKind keyword(String word) {
        return KEYWORDS.get(word);
    }
}
