package beskid.lowering.format;

import beskid.lowering.ast.CompilationUnit;
import beskid.lowering.ast.Item;
import beskid.lowering.syntax.SourceText;
import beskid.lowering.syntax.SyntaxDetails;
import java.util.List;

/**
 * Range formatting (what an editor asks for a selection): the top-level items that overlap
 * the given lines are formatted, from the start of their first line (their docs included) to
 * the end of their last; the rest of the file stays exactly as it is.
 */
final class RangeFormatter {
    private final SourceText source;
    private final SourceTokens tokens;
    private final Comments comments;
    private final List<Item> items;
    private final int[] lineStarts;

    RangeFormatter(SourceText source, CompilationUnit unit, SyntaxDetails details) {
        this.source = source;
        this.tokens = new SourceTokens(source.text(), details.tokens());
        this.comments = new Comments(source, tokens, details.comments());
        this.items = unit.items();
        this.lineStarts = lineStarts(source.text());
    }

    /**
     * The char span {@code [start, end)} of whole lines to reformat for lines
     * {@code firstLine..lastLine} (1-based), or null when no item overlaps them.
     */
    int[] span(int firstLine, int lastLine) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < items.size(); i++) {
            if (firstLine(i) <= lastLine && lastLine(i) >= firstLine) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return null;
        }
        // Whole lines: an item sharing a line with the span joins it.
        while (first > 0 && lastLine(first - 1) >= firstLine(first)) {
            first--;
        }
        while (last + 1 < items.size() && firstLine(last + 1) <= lastLine(last)) {
            last++;
        }
        int start = lineStarts[firstLine(first) - 1];
        int endLine = lastLine(last);
        int end = endLine < lineStarts.length
                ? lineStarts[endLine]
                : source.text().length();
        return new int[] {start, end};
    }

    private int firstLine(int item) {
        int first = tokens.indexAt(items.get(item).pos().offset());
        int from = first > 0 ? tokens.get(first - 1).endOffset() : 0;
        int header = tokens.get(tokens.skipAttributes(first)).offset();
        List<Comments.Entry> docs = comments.docsIn(from, header);
        int offset = docs.isEmpty() ? tokens.get(first).offset() : docs.get(0).offset();
        return source.pos(offset).line();
    }

    private int lastLine(int item) {
        int next = item + 1 < items.size()
                ? tokens.indexAt(items.get(item + 1).pos().offset())
                : tokens.size() - 1; // the EOF token
        return tokens.get(next - 1).endLine();
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }
}
