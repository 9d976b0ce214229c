package beskid.lsp.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The texts of the documents a client has open, kept up to date from incremental changes. LSP
 * positions count UTF-16 code units, as Java strings do, and a line ends at {@code \n},
 * {@code \r\n} or {@code \r}.
 */
final class TextDocuments {
    private final Map<String, String> texts = new LinkedHashMap<>();

    void open(String uri, String text) {
        texts.put(uri, text);
    }

    void close(String uri) {
        texts.remove(uri);
    }

    String text(String uri) {
        return texts.get(uri);
    }

    /** The open documents, in the order they were opened. */
    Map<String, String> all() {
        return texts;
    }

    /** Applies changes in order: each one's range refers to the text the previous one left. */
    void change(String uri, List<TextDocumentContentChangeEvent> changes) {
        String text = texts.get(uri);
        if (text == null) {
            return; // a change to a document never opened: nothing to apply it to
        }
        for (TextDocumentContentChangeEvent change : changes) {
            text = apply(text, change);
        }
        texts.put(uri, text);
    }

    static String apply(String text, TextDocumentContentChangeEvent change) {
        Range range = change.getRange();
        if (range == null) {
            return change.getText(); // a full-text change
        }
        int start = offset(text, range.getStart());
        int end = Math.max(start, offset(text, range.getEnd()));
        return text.substring(0, start) + change.getText() + text.substring(end);
    }

    /**
     * The offset of a position; a character past the end of its line means the line's end, a
     * line past the last means the end of the text (as LSP asks).
     */
    static int offset(String text, Position position) {
        int offset = 0;
        for (int line = 0; line < position.getLine(); line++) {
            int next = nextLine(text, offset);
            if (next < 0) {
                return text.length();
            }
            offset = next;
        }
        int lineEnd = lineEnd(text, offset);
        return Math.min(offset + Math.max(0, position.getCharacter()), lineEnd);
    }

    /** The position of an offset. */
    static Position position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        int next;
        while ((next = nextLine(text, lineStart)) >= 0 && next <= offset) {
            line++;
            lineStart = next;
        }
        return new Position(line, offset - lineStart);
    }

    /** The position after the last character. */
    static Position end(String text) {
        return position(text, text.length());
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    private static int nextLine(String text, int from) {
        int end = lineEnd(text, from);
        if (end >= text.length()) {
            return -1;
        }
        if (text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') {
            return end + 2;
        }
        return end + 1;
    }
}
