package beskid.lowering.format;

import beskid.lowering.syntax.Comment;
import beskid.lowering.syntax.SourceText;
import beskid.lowering.syntax.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The comments of a file, each classified by what shares its source line, which decides where
 * the formatter puts it (FORMAT.md rule 13): alone on its line, at the end of a line, or
 * between two tokens of one line.
 */
final class Comments {
    /** Where a comment sits relative to the code of its line. */
    enum Place {
        /** No code before or after it on its line: printed on a line of its own. */
        OWN_LINE,
        /** Code before it, none after: printed after its line, one space apart. */
        END_OF_LINE,
        /** Code after it on its line (a block comment): printed just before that code. */
        INLINE
    }

    /**
     * One comment.
     *
     * @param offset where it starts in the source
     * @param text its text, trailing blanks removed
     * @param place where it sits
     * @param doc whether it is a {@code ///} doc line
     */
    record Entry(int offset, String text, Place place, boolean doc) {}

    private final List<Entry> entries = new ArrayList<>();

    Comments(SourceText source, SourceTokens tokens, List<Comment> comments) {
        String text = source.text();
        for (Comment c : comments) {
            if (tokens.insideString(c.offset())) {
                continue; // printed as part of its string, which is kept verbatim (rule 10)
            }
            // A block comment spanning lines keeps them, with the output's `\n` line ends and
            // without trailing blanks (no output line has any).
            String raw = text.substring(c.offset(), c.endOffset())
                    .replace("\r\n", "\n")
                    .replace('\r', '\n');
            StringBuilder lines = new StringBuilder();
            for (String line : raw.split("\n", -1)) {
                lines.append(lines.length() > 0 ? "\n" : "").append(stripTrailing(line));
            }
            String body = lines.toString();
            int line = source.pos(c.offset()).line();
            int endLine = source.pos(c.endOffset()).line();
            int next = tokens.indexAt(c.endOffset());
            Token after = tokens.get(next);
            boolean codeAfter = !after.is(beskid.lowering.syntax.TokenKind.EOF) && after.line() == endLine;
            int previous = tokens.indexAt(c.offset()) - 1;
            boolean codeBefore = previous >= 0 && tokens.get(previous).endLine() == line;
            Place place = codeAfter ? Place.INLINE : codeBefore ? Place.END_OF_LINE : Place.OWN_LINE;
            boolean doc = body.startsWith("///") && !body.startsWith("////");
            entries.add(new Entry(c.offset(), body, place, doc));
        }
    }

    /** All comments in source order. */
    List<Entry> entries() {
        return entries;
    }

    /** The {@code ///} lines starting in {@code [from, to)}. */
    List<Entry> docsIn(int from, int to) {
        int lo = 0;
        int hi = entries.size();
        while (lo < hi) { // the first comment at or after `from`; entries are in source order
            int mid = (lo + hi) >>> 1;
            if (entries.get(mid).offset() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Entry> out = new ArrayList<>();
        for (int i = lo; i < entries.size() && entries.get(i).offset() < to; i++) {
            if (entries.get(i).doc()) {
                out.add(entries.get(i));
            }
        }
        return out;
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t' || s.charAt(end - 1) == '\f')) {
            end--;
        }
        return s.substring(0, end);
    }
}
