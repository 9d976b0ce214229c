package beskid.lowering.syntax;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The lexer's output, held as columns: one array per field of {@link Token}, and a token object
 * made only when one is read. Why: a large file has hundreds of thousands of tokens, all live
 * until the parser is done; as objects, each young collection during parsing copied every one
 * of them, and their kinds were scattered over the heap. As columns they are a dozen arrays,
 * which the collector moves (or, large, leaves in place) whole, and a token read and dropped
 * right away by the parser costs little or nothing. The kinds array is handed to the parser,
 * which asks a token's kind far more often than anything else about it.
 */
final class TokenList extends AbstractList<Token> implements RandomAccess {
    private TokenKind[] kinds;
    private String[] texts;
    private int[] offsets;
    private int[] lines;
    private int[] columns;
    private int[] endOffsets;
    private int[] endLines;
    private int[] endColumns;
    /** Doc comments and malformed marks are rare: their arrays exist once one is added. */
    private String[] docs;

    private boolean[] malformed;
    private int size;

    TokenList(int expected) {
        int capacity = Math.max(16, expected);
        kinds = new TokenKind[capacity];
        texts = new String[capacity];
        offsets = new int[capacity];
        lines = new int[capacity];
        columns = new int[capacity];
        endOffsets = new int[capacity];
        endLines = new int[capacity];
        endColumns = new int[capacity];
    }

    @Override
    public boolean add(Token t) {
        add(
                t.kind(),
                t.text(),
                t.offset(),
                t.line(),
                t.column(),
                t.endOffset(),
                t.endLine(),
                t.endColumn(),
                t.doc(),
                t.malformed());
        return true;
    }

    /** Adds a token from its fields (see {@link Token}), without making the object. */
    void add(
            TokenKind kind,
            String text,
            int offset,
            int line,
            int column,
            int endOffset,
            int endLine,
            int endColumn,
            String doc,
            boolean isMalformed) {
        if (size == kinds.length) {
            grow();
        }
        int i = size++;
        kinds[i] = kind;
        texts[i] = text;
        offsets[i] = offset;
        lines[i] = line;
        columns[i] = column;
        endOffsets[i] = endOffset;
        endLines[i] = endLine;
        endColumns[i] = endColumn;
        if (doc != null) {
            if (docs == null) {
                docs = new String[kinds.length];
            }
            docs[i] = doc;
        }
        if (isMalformed) {
            if (malformed == null) {
                malformed = new boolean[kinds.length];
            }
            malformed[i] = true;
        }
    }

    private void grow() {
        int capacity = kinds.length + (kinds.length >> 1);
        kinds = Arrays.copyOf(kinds, capacity);
        texts = Arrays.copyOf(texts, capacity);
        offsets = Arrays.copyOf(offsets, capacity);
        lines = Arrays.copyOf(lines, capacity);
        columns = Arrays.copyOf(columns, capacity);
        endOffsets = Arrays.copyOf(endOffsets, capacity);
        endLines = Arrays.copyOf(endLines, capacity);
        endColumns = Arrays.copyOf(endColumns, capacity);
        if (docs != null) {
            docs = Arrays.copyOf(docs, capacity);
        }
        if (malformed != null) {
            malformed = Arrays.copyOf(malformed, capacity);
        }
    }

    @Override
    public Token get(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return new Token(
                kinds[i],
                texts[i],
                offsets[i],
                lines[i],
                columns[i],
                endOffsets[i],
                endLines[i],
                endColumns[i],
                docs == null ? null : docs[i],
                malformed != null && malformed[i]);
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
