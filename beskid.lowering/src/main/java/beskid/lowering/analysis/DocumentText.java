package beskid.lowering.analysis;

import beskid.lowering.analysis.api.Position;
import beskid.lowering.analysis.api.Range;
import beskid.lowering.format.SourceTokens;
import beskid.lowering.syntax.Comment;
import beskid.lowering.syntax.SourceText;
import beskid.lowering.syntax.Token;
import beskid.lowering.syntax.TokenKind;
import java.util.Arrays;
import java.util.List;

/**
 * One parsed file as an editor sees it: its text, tokens and comments, and the conversion
 * between the parser's absolute char offsets (which start at the file's base in its program)
 * and LSP positions. Java strings count UTF-16 units, so a position's character is the
 * offset from its line's start.
 */
final class DocumentText {
    private final String uri;
    private final SourceText source;
    private final List<Token> tokens;
    private final List<Comment> comments;
    private final int[] lineStarts;
    private int[] partners;

    DocumentText(String uri, SourceText source, List<Token> tokens, List<Comment> comments) {
        this.uri = uri;
        this.source = source;
        this.tokens = tokens;
        this.comments = comments;
        this.lineStarts = SourceText.indexLines(source.text());
    }

    String uri() {
        return uri;
    }

    SourceText source() {
        return source;
    }

    String text() {
        return source.text();
    }

    int base() {
        return source.base();
    }

    List<Token> tokens() {
        return tokens;
    }

    List<Comment> comments() {
        return comments;
    }

    /** Whether an absolute offset lies in this file. */
    boolean contains(int offset) {
        return offset >= base() && offset <= base() + source.length();
    }

    /** The LSP position of an absolute offset. */
    Position position(int offset) {
        int rel = Math.max(0, Math.min(offset - base(), source.length()));
        int line = Arrays.binarySearch(lineStarts, rel);
        if (line < 0) {
            line = -line - 2;
        }
        return new Position(line, rel - lineStarts[line]);
    }

    /** The absolute offset of an LSP position (clamped to its line and to the text). */
    int offset(Position p) {
        if (p.line() < 0) {
            return base();
        }
        if (p.line() >= lineStarts.length) {
            return base() + source.length();
        }
        int start = lineStarts[p.line()];
        int end = p.line() + 1 < lineStarts.length ? lineEnd(p.line()) : source.length();
        return base() + Math.min(start + Math.max(0, p.character()), end);
    }

    /** The absolute offset of a 1-based line and code-point column (the parser's diagnostics). */
    int offset(int line, int column) {
        if (line < 1 || line > lineStarts.length) {
            return base() + source.length();
        }
        String text = source.text();
        int i = lineStarts[line - 1];
        for (int c = 1; c < column && i < text.length(); c++) {
            i += Character.charCount(text.codePointAt(i));
        }
        return base() + i;
    }

    /** The range between two absolute offsets. */
    Range range(int start, int end) {
        return new Range(position(start), position(end));
    }

    /** The range of a token. */
    Range range(Token t) {
        return range(t.offset(), t.endOffset());
    }

    /** Number of lines (LSP counts an empty last line too). */
    int lineCount() {
        return lineStarts.length;
    }

    /** The text of a 0-based line without its line break. */
    String line(int line) {
        return source.text().substring(lineStarts[line], lineEnd(line));
    }

    private int lineEnd(int line) {
        if (line + 1 >= lineStarts.length) {
            return source.length();
        }
        int end = lineStarts[line + 1];
        String text = source.text();
        if (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > lineStarts[line] && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    /** The index of the first token starting at or after {@code offset} (EOF at worst). */
    int tokenIndex(int offset) {
        return SourceTokens.indexAt(tokens, offset);
    }

    /** The index of the token starting exactly at {@code offset}, or -1. */
    int tokenStartingAt(int offset) {
        int i = tokenIndex(offset);
        return i < tokens.size() && tokens.get(i).offset() == offset ? i : -1;
    }

    /** The index of the token that touches an offset (start <= offset <= end), preferring names; -1 if none. */
    int tokenTouching(int offset) {
        int i = tokenIndex(offset);
        int best = -1;
        for (int j = Math.max(0, i - 1); j <= Math.min(i, tokens.size() - 1); j++) {
            Token t = tokens.get(j);
            if (t.kind() != TokenKind.EOF && t.offset() <= offset && offset <= t.endOffset()) {
                if (best < 0 || t.is(TokenKind.IDENT)) {
                    best = j;
                }
            }
        }
        return best;
    }

    Token token(int index) {
        return tokens.get(index);
    }

    /** The index of the first identifier {@code name} at or after token {@code from}, or -1. */
    int identAfter(int from, String name) {
        for (int i = Math.max(0, from); i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is(TokenKind.IDENT) && name.equals(t.text())) {
                return i;
            }
            if (t.is(TokenKind.EOF)) {
                return -1;
            }
        }
        return -1;
    }

    /** The index of the first {@code kind} token at or after token {@code from}, or -1. */
    int kindAfter(int from, TokenKind kind) {
        for (int i = Math.max(0, from); i < tokens.size(); i++) {
            if (tokens.get(i).is(kind)) {
                return i;
            }
        }
        return -1;
    }

    /** The bracket (or interpolated string end) matching the one at token {@code index}, or -1. */
    synchronized int partner(int index) {
        if (partners == null) {
            partners = SourceTokens.matchBrackets(tokens);
        }
        return index >= 0 && index < partners.length ? partners[index] : -1;
    }
}
