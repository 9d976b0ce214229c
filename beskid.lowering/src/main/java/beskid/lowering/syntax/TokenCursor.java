package beskid.lowering.syntax;

import beskid.lowering.ast.SourcePos;
import beskid.lowering.diag.Diagnostics;
import beskid.lowering.diag.ErrorCode;
import beskid.lowering.diag.Wording;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The parser's shared state: the token list with a read position, error reporting with
 * cascade suppression, the nesting guard and the "no struct literal" flag of control-flow
 * heads.
 *
 * <p>Bracket pairs ({@code () {} []} and interpolated strings) are matched once up front, so
 * lambda detection, speculative scans and error recovery can jump over a whole group in
 * constant time; that keeps the parser linear even on hostile input.
 */
final class TokenCursor {
    /** The context of a list or token that needs none in its error message. */
    static final Supplier<String> NO_CONTEXT = () -> "";

    /** Deepest nesting the parser builds; later passes recurse over the tree too. */
    static final int MAX_DEPTH = 256;

    private final List<Token> tokens;
    /** The kind of each token, by index: read without touching the token (see TokenList). */
    private final TokenKind[] kinds;

    private final Diagnostics diags;
    /** For a bracket token, the index of its partner; -1 when unmatched or not a bracket. */
    private final int[] partner;
    /** For each token, the index of the innermost opening bracket around it, or -1. */
    private final int[] enclosing;

    private int index;
    private int depth;
    private int lastErrorIndex = -1;
    private boolean structLiteralsAllowed = true;
    private boolean inGuard;
    private boolean needsSync;
    private int syncIndex = -1;

    TokenCursor(List<Token> tokens, Diagnostics diags) {
        this.tokens = tokens;
        this.kinds = kindsOf(tokens);
        this.diags = diags;
        this.partner = new int[tokens.size()];
        this.enclosing = new int[tokens.size()];
        matchBrackets();
    }

    private static TokenKind[] kindsOf(List<Token> tokens) {
        if (tokens instanceof TokenList list) {
            return list.kinds();
        }
        TokenKind[] kinds = new TokenKind[tokens.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = tokens.get(i).kind();
        }
        return kinds;
    }

    // ---- reading ------------------------------------------------------------------------

    Token peek() {
        return tokens.get(index);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    Token tokenAt(int i) {
        return tokens.get(Math.max(0, Math.min(i, tokens.size() - 1)));
    }

    TokenKind kind() {
        return kinds[index];
    }

    TokenKind kindAt(int i) {
        return kinds[Math.max(0, Math.min(i, tokens.size() - 1))];
    }

    boolean at(TokenKind k) {
        return kind() == k;
    }

    boolean atEnd() {
        return kind() == TokenKind.EOF;
    }

    Token advance() {
        Token t = tokens.get(index);
        if (index < tokens.size() - 1) {
            index++;
        }
        return t;
    }

    Token previous() {
        return tokens.get(Math.max(0, index - 1));
    }

    boolean accept(TokenKind k) {
        if (at(k)) {
            advance();
            return true;
        }
        return false;
    }

    int index() {
        return index;
    }

    void seek(int i) {
        index = Math.max(0, Math.min(i, tokens.size() - 1));
    }

    /** The partner of the bracket at {@code i}, or -1. */
    int partner(int i) {
        return i >= 0 && i < partner.length ? partner[i] : -1;
    }

    // ---- errors -------------------------------------------------------------------------

    /**
     * Requires {@code k}; when it is missing, reports {@code expected `k` <context>} just after
     * the previous token (LANGUAGE.md) and consumes nothing.
     */
    boolean expect(TokenKind k, String context) {
        if (accept(k)) {
            return true;
        }
        expected(k.describe(), context);
        return false;
    }

    /**
     * As {@link #expect(TokenKind, String)} for a context built from parts (a name, a line):
     * built only when {@code k} is missing, as on the parser's common paths it almost never is.
     */
    boolean expect(TokenKind k, Supplier<String> context) {
        if (accept(k)) {
            return true;
        }
        expected(k.describe(), context.get());
        return false;
    }

    /** Reports that {@code what} is missing after the previous token. */
    void expected(String what, String context) {
        String message = "expected " + what + (context.isEmpty() ? "" : " " + context) + ", found " + peek().describe();
        error(missingPos(), ErrorCode.EXPECTED_TOKEN, message);
    }

    /** Reports a token that cannot stand here and asks the statement loop to resynchronize. */
    void unexpected(String what) {
        error(peek().pos(), ErrorCode.EXPECTED_TOKEN, "expected " + what + ", found " + peek().describe());
        needsSync = true;
        syncIndex = index;
    }

    /** Where a missing token is reported: just after the previous token. */
    SourcePos missingPos() {
        return index == 0 ? peek().pos() : previous().end();
    }

    /**
     * Reports an error unless one was already reported at this token: a parser that has not
     * moved since its last error would otherwise report the same confusion again.
     */
    void error(SourcePos pos, String code, String message) {
        if (index == lastErrorIndex) {
            return;
        }
        lastErrorIndex = index;
        // Right at or after a token the lexer rejected, the parser's complaint is an echo.
        if (peek().malformed() || (index > 0 && previous().malformed())) {
            return;
        }
        diags.add(pos, code, message);
    }

    /** Reports an error that is independent of parser progress (e.g. a misplaced modifier). */
    void report(SourcePos pos, String code, String message) {
        diags.add(pos, code, message);
    }

    /**
     * Whether an unreadable token asked for resynchronization and the parser has not yet moved
     * past it (a statement that went on to read its whole body has recovered by itself);
     * clears the request.
     */
    boolean takeSyncRequest() {
        boolean was = needsSync && index <= syncIndex;
        needsSync = false;
        return was;
    }

    // ---- nesting guard ------------------------------------------------------------------

    /**
     * Enters one level of nesting. Past {@link #MAX_DEPTH} it reports {@code E0107}, skips to
     * the closing bracket of the innermost group around the current token and returns false;
     * the caller returns an error node and must still call {@link #leave()}.
     */
    boolean enter() {
        depth++;
        if (depth <= MAX_DEPTH) {
            return true;
        }
        error(
                peek().pos(),
                ErrorCode.NESTING_TOO_DEEP,
                "nesting too deep: more than " + MAX_DEPTH + " levels; this part is skipped");
        int open = enclosing[index];
        int close = open >= 0 ? partner[open] : -1;
        seek(close >= 0 ? close : tokens.size() - 1);
        // Whatever the unwinding parsers miss here is a consequence of the skip.
        lastErrorIndex = index;
        return false;
    }

    void leave() {
        depth--;
    }

    int depth() {
        return depth;
    }

    // ---- struct literal flag ------------------------------------------------------------

    boolean structLiteralsAllowed() {
        return structLiteralsAllowed;
    }

    /** Sets the flag and returns the previous value, for restoring. */
    boolean allowStructLiterals(boolean allowed) {
        boolean was = structLiteralsAllowed;
        structLiteralsAllowed = allowed;
        return was;
    }

    /** Whether a match guard is being read, where {@code (c) =>} is a condition, not a lambda. */
    boolean inGuard() {
        return inGuard;
    }

    /** Sets the guard flag and returns the previous value, for restoring. */
    boolean setInGuard(boolean guard) {
        boolean was = inGuard;
        inGuard = guard;
        return was;
    }

    // ---- lists and recovery -------------------------------------------------------------

    /**
     * Parses {@code open element, element, close} with an optional trailing comma. When an
     * element is followed by neither a comma nor {@code close}, it reports once and skips to
     * the next comma or to the matching close bracket, so one bad argument costs one error.
     */
    <T> List<T> commaList(TokenKind open, TokenKind close, String what, Supplier<String> context, Supplier<T> element) {
        List<T> out = new ArrayList<>();
        if (!at(open)) {
            expected(open.describe(), context.get());
            return out;
        }
        int closer = partner(index);
        int openLine = peek().line();
        advance();
        while (true) {
            if (accept(close)) {
                return out;
            }
            if (atEnd()) {
                expected(close.describe(), "to close the list of " + what + " opened on line " + openLine);
                return out;
            }
            T e = element.get();
            if (e != null) {
                out.add(e);
            }
            // Recovery happens right here, at the list's own commas and close bracket.
            needsSync = false;
            if (accept(TokenKind.COMMA)) {
                continue;
            }
            if (accept(close)) {
                return out;
            }
            expected("`,` or " + close.describe(), "after " + article(what));
            if (closer < 0 || closer < index) {
                return out;
            }
            skipTo(EnumSet.of(TokenKind.COMMA), closer);
            if (!accept(TokenKind.COMMA)) {
                seek(closer + 1);
                return out;
            }
        }
    }

    private static String article(String what) {
        String one = what.endsWith("s") && !what.endsWith("ss") ? what.substring(0, what.length() - 1) : what;
        return Wording.withArticle(one);
    }

    /**
     * Moves forward to the first token of {@code stops} outside nested brackets, or to
     * {@code limit} (an index; -1 for none), jumping over bracketed groups.
     */
    void skipTo(Set<TokenKind> stops, int limit) {
        while (!atEnd() && (limit < 0 || index < limit)) {
            if (stops.contains(kind())) {
                return;
            }
            skipOne();
        }
    }

    /** Skips one token, or a whole bracketed group when at an opening bracket. */
    void skipOne() {
        int p = partner[index];
        if (p > index) {
            seek(p + 1);
        } else {
            advance();
        }
    }

    // ---- bracket matching ---------------------------------------------------------------

    private void matchBrackets() {
        // The open brackets as a plain int stack: a Deque<Integer> boxed every index above 127.
        int[] open = new int[16];
        int top = 0;
        int[] openCount = new int[TokenKind.values().length];
        for (int i = 0; i < tokens.size(); i++) {
            partner[i] = -1;
            enclosing[i] = top == 0 ? -1 : open[top - 1];
            TokenKind k = kinds[i];
            if (closerOf(k) != null) {
                if (top == open.length) {
                    open = Arrays.copyOf(open, top * 2);
                }
                open[top++] = i;
                openCount[k.ordinal()]++;
                continue;
            }
            TokenKind opener = openerOf(k);
            if (opener == null || openCount[opener.ordinal()] == 0) {
                continue;
            }
            // Openers left unclosed inside this group stay unmatched (-1).
            while (true) {
                int o = open[--top];
                TokenKind ok = kinds[o];
                openCount[ok.ordinal()]--;
                if (ok == opener) {
                    partner[o] = i;
                    partner[i] = o;
                    break;
                }
            }
            enclosing[i] = top == 0 ? -1 : open[top - 1];
        }
    }

    private static TokenKind closerOf(TokenKind k) {
        return switch (k) {
            case LPAREN -> TokenKind.RPAREN;
            case LBRACE -> TokenKind.RBRACE;
            case LBRACKET -> TokenKind.RBRACKET;
            case STRING_HEAD -> TokenKind.STRING_TAIL;
            default -> null;
        };
    }

    private static TokenKind openerOf(TokenKind k) {
        return switch (k) {
            case RPAREN -> TokenKind.LPAREN;
            case RBRACE -> TokenKind.LBRACE;
            case RBRACKET -> TokenKind.LBRACKET;
            case STRING_TAIL -> TokenKind.STRING_HEAD;
            default -> null;
        };
    }
}
