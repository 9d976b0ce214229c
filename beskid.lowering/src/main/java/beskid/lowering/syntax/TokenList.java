package beskid.lowering.syntax;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The lexer's output: the tokens, and beside them their kinds in an array of their own. Why:
 * the parser asks a token's kind far more often than anything else about it (bracket
 * matching reads every one, lookahead reads many twice); read from this array, in order, a
 * large file's kinds stay in cache, where each {@link Token} object is a likely miss.
 */
final class TokenList extends AbstractList<Token> implements RandomAccess {
    private Token[] items;
    private TokenKind[] kinds;
    private int size;

    TokenList(int expected) {
        items = new Token[Math.max(16, expected)];
        kinds = new TokenKind[items.length];
    }

    @Override
    public boolean add(Token t) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
            kinds = Arrays.copyOf(kinds, size * 2);
        }
        items[size] = t;
        kinds[size++] = t.kind();
        return true;
    }

    @Override
    public Token get(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return items[i];
    }

    @Override
    public int size() {
        return size;
    }

    /** The kinds of the tokens, by index (the array may be longer than {@link #size}). */
    TokenKind[] kinds() {
        return kinds;
    }
}
