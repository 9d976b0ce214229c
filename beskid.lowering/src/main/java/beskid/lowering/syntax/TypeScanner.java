package beskid.lowering.syntax;

/**
 * Recognizes types in the token list without building anything or reporting: the parser's
 * lookahead for "is this a declaration?" ({@code List<string> names = ...}) and "is this
 * {@code <} a generic argument list?" ({@code Option<i32>::Some}). Scans are bounded in depth
 * and length, so a hostile run of {@code a<b<c<...} costs constant work per token.
 */
final class TypeScanner {
    // Real types are a few dozen tokens and a few levels deep. Tight caps keep a hostile run
    // of `a < b, a < b, ...` (each `<` a failed scan) cheap; a longer or deeper type is read
    // as an expression and reported there.
    private static final int MAX_TOKENS = 1024;
    private static final int MAX_DEPTH = 16;

    private final TokenCursor tokens;
    private int budget;

    TypeScanner(TokenCursor tokens) {
        this.tokens = tokens;
    }

    /** The index just after a type starting at {@code i}, or -1 when none starts there. */
    int scanType(int i) {
        budget = MAX_TOKENS;
        return type(i, 0);
    }

    /** The index just after {@code <types>} starting at the {@code <} at {@code i}, or -1. */
    int scanTypeArgs(int i) {
        budget = MAX_TOKENS;
        return typeArgs(i, 0);
    }

    private int type(int i, int depth) {
        if (depth > MAX_DEPTH || --budget < 0) {
            return -1;
        }
        TokenKind k = tokens.kindAt(i);
        if (k == TokenKind.KW_REF) {
            return type(i + 1, depth + 1);
        }
        if (k == TokenKind.LPAREN) {
            // (A, B) => R
            int close = tokens.partner(i);
            if (close < 0 || tokens.kindAt(close + 1) != TokenKind.ARROW || typeList(i + 1, close, depth) < 0) {
                return -1;
            }
            return type(close + 2, depth + 1);
        }
        if (k != TokenKind.IDENT) {
            return -1;
        }
        i++;
        while (tokens.kindAt(i) == TokenKind.DOT && tokens.kindAt(i + 1) == TokenKind.IDENT) {
            i += 2;
        }
        if (tokens.kindAt(i) == TokenKind.LT) {
            i = typeArgs(i, depth + 1);
            if (i < 0) {
                return -1;
            }
        }
        while (true) {
            if (--budget < 0) {
                return -1;
            }
            TokenKind next = tokens.kindAt(i);
            if (next == TokenKind.LBRACKET && tokens.kindAt(i + 1) == TokenKind.RBRACKET) {
                i += 2;
            } else if (next == TokenKind.LPAREN) {
                // R(A, B)
                int close = tokens.partner(i);
                if (close < 0 || typeList(i + 1, close, depth) < 0) {
                    return i;
                }
                i = close + 1;
            } else {
                return i;
            }
        }
    }

    /** Types separated by commas filling exactly {@code [from, close)}; -1 otherwise. */
    private int typeList(int from, int close, int depth) {
        int i = from;
        if (i == close) {
            return close;
        }
        while (true) {
            i = type(i, depth + 1);
            if (i < 0 || i > close) {
                return -1;
            }
            if (i == close) {
                return close;
            }
            if (tokens.kindAt(i) != TokenKind.COMMA) {
                return -1;
            }
            i++;
        }
    }

    private int typeArgs(int i, int depth) {
        if (tokens.kindAt(i) != TokenKind.LT) {
            return -1;
        }
        i++;
        while (true) {
            i = type(i, depth + 1);
            if (i < 0) {
                return -1;
            }
            TokenKind k = tokens.kindAt(i);
            if (k == TokenKind.GT) {
                return i + 1;
            }
            if (k != TokenKind.COMMA) {
                return -1;
            }
            i++;
        }
    }
}
