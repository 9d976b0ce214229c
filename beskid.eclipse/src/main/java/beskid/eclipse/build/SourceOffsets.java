package beskid.eclipse.build;

/**
 * Turns a diagnostic's line and column (1-based; columns count code points) into the char
 * offsets of an Eclipse document (UTF-16 chars, the byte-order mark not counted), and finds the
 * end of the word the diagnostic points at, so the marker underlines a name and not one char.
 */
final class SourceOffsets {
    private final String text;
    private final int[] lineStarts;

    SourceOffsets(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int lines = 1;
        for (int i = 0; i < this.text.length(); i++) {
            if (this.text.charAt(i) == '\n') {
                lines++;
            }
        }
        lineStarts = new int[lines];
        for (int i = 0, line = 1; i < this.text.length(); i++) {
            if (this.text.charAt(i) == '\n') {
                lineStarts[line++] = i + 1;
            }
        }
    }

    /** The char offset of a line and code-point column, clamped to the line's end. */
    int start(int line, int column) {
        if (line < 1 || line > lineStarts.length) {
            return line < 1 ? 0 : text.length();
        }
        int offset = lineStarts[line - 1];
        for (int c = 1; c < column && offset < lineEnd(line); c++) {
            offset += Character.charCount(text.codePointAt(offset));
        }
        return offset;
    }

    /** The end of the word (identifier or number) at an offset, or one char past it otherwise. */
    int end(int start) {
        int end = start;
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end)) && text.charAt(end) != '\n') {
            end++;
        }
        return end > start ? end : Math.min(start + 1, text.length());
    }

    private int lineEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (end > lineStarts[line - 1] && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }
}
