package beskid.lowering.format;

import beskid.lowering.syntax.Token;
import beskid.lowering.syntax.TokenKind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The token stream of the file being formatted, for what the syntax tree does not keep: the
 * exact text of literals, where a body's braces are, and which line a token is on.
 */
public final class SourceTokens {
    private final String text;
    private final List<Token> tokens;
    /** For each bracket token, the index of its partner; -1 elsewhere. */
    private final int[] partners;

    /** Start and end offsets of the outermost interpolated strings, in source order. */
    private final int[] stringStarts;

    private final int[] stringEnds;

    SourceTokens(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.partners = matchBrackets(tokens);
        java.util.List<int[]> spans = new java.util.ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is(TokenKind.STRING_HEAD) && partners[i] > i) {
                spans.add(new int[] {
                    tokens.get(i).offset(), tokens.get(partners[i]).endOffset()
                });
                i = partners[i];
            }
        }
        this.stringStarts = spans.stream().mapToInt(span -> span[0]).toArray();
        this.stringEnds = spans.stream().mapToInt(span -> span[1]).toArray();
    }

    /**
     * For each bracket token (and each interpolated string's head and tail), the index of its
     * partner; -1 elsewhere and for unmatched ones.
     */
    public static int[] matchBrackets(List<Token> tokens) {
        int[] partners = new int[tokens.size()];
        java.util.Arrays.fill(partners, -1);
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            switch (tokens.get(i).kind()) {
                case LPAREN, LBRACE, LBRACKET, STRING_HEAD -> open.push(i);
                case RPAREN, RBRACE, RBRACKET, STRING_TAIL -> {
                    if (!open.isEmpty()) {
                        int o = open.pop();
                        partners[o] = i;
                        partners[i] = o;
                    }
                }
                default -> {}
            }
        }
        return partners;
    }

    int size() {
        return tokens.size();
    }

    Token get(int index) {
        return tokens.get(index);
    }

    /** The index of the first token starting at or after {@code offset} (the EOF token at worst). */
    int indexAt(int offset) {
        return indexAt(tokens, offset);
    }

    /** The index of the first of {@code tokens} (sorted, ending with EOF) starting at or after {@code offset}. */
    public static int indexAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).offset() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The partner of a bracket token, or -1. */
    int partner(int index) {
        return partners[index];
    }

    /** The source text of the literal token at {@code offset}; a whole interpolated string. */
    String literalAt(int offset) {
        int i = indexAt(offset);
        Token t = tokens.get(i);
        int end = t.endOffset();
        if (t.is(TokenKind.STRING_HEAD) && partners[i] > 0) {
            end = tokens.get(partners[i]).endOffset();
        }
        return text.substring(t.offset(), end);
    }

    /**
     * The {@code {} that opens the body of the construct starting at {@code offset}: the first
     * {@code {} outside brackets from there, or -1.
     */
    int bodyBrace(int offset) {
        for (int i = indexAt(offset); i < tokens.size(); i++) {
            TokenKind k = tokens.get(i).kind();
            if (k == TokenKind.LBRACE) {
                return i;
            }
            if ((k == TokenKind.LPAREN || k == TokenKind.LBRACKET || k == TokenKind.STRING_HEAD) && partners[i] > i) {
                i = partners[i];
            } else if (k == TokenKind.RBRACE || k == TokenKind.EOF) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether {@code offset} lies inside an interpolated string ({@code "..${x /* c *}{@code /}}.."}):
     * such a comment is printed with the string, which is kept as written.
     */
    boolean insideString(int offset) {
        // The outermost interpolated strings, in order: the last one starting before the offset.
        int lo = 0;
        int hi = stringStarts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (stringStarts[mid] < offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && offset < stringEnds[found];
    }

    /** The index after the attribute groups {@code [..]} starting at token {@code index}. */
    int skipAttributes(int index) {
        int i = index;
        while (tokens.get(i).is(TokenKind.LBRACKET) && partners[i] > i) {
            i = partners[i] + 1;
        }
        return i;
    }
}
