package beskid.lowering.format;

import java.util.ArrayList;
import java.util.List;

/**
 * The output being built: lines at indentation levels, with the source's comments placed as
 * the printers go. Each word a printer writes may name the source offset it comes from; before
 * it is written, every comment that starts earlier in the source is placed (FORMAT.md rule 13):
 * an own-line comment above the line being written, at its level; an end-of-line comment after
 * the line that holds the last anchored word; an inline comment right here. Blank lines come
 * only from the printers, so comments never change them.
 */
final class Layout {
    private static final class Line {
        final int level;
        final boolean blank;
        final StringBuilder text = new StringBuilder();
        final List<String> before = new ArrayList<>();
        final List<String> after = new ArrayList<>();

        Line(int level, boolean blank) {
            this.level = level;
            this.blank = blank;
        }
    }

    private final List<Line> lines = new ArrayList<>();
    private final List<Comments.Entry> comments;
    private int nextComment;
    private Line current;
    private Line lastAnchored;

    Layout(Comments comments) {
        this.comments = comments.entries();
    }

    /** Starts a new line at {@code level}. */
    void newline(int level) {
        current = new Line(level, false);
        lines.add(current);
    }

    /** One empty line (the next {@link #newline} starts the line after it). */
    void blankLine() {
        lines.add(new Line(0, true));
    }

    /** The level of the line being written: where {@code match} and struct braces go. */
    int lineLevel() {
        return current.level;
    }

    /** Appends text that has no source position of its own (punctuation, spaces). */
    void text(String s) {
        current.text.append(s);
    }

    /** Appends a word that comes from source offset {@code offset} (negative: unknown). */
    void word(String s, int offset) {
        anchor(offset);
        current.text.append(s);
    }

    /** Places the comments that start before {@code offset}; what comes next is from there. */
    void anchor(int offset) {
        anchor(offset, true);
    }

    /**
     * Writes a doc line on the current (new) line. A comment that stood before code goes above
     * it, not in front of it: a doc line is no code, so there it would stand alone next time.
     */
    void docLine(String s, int offset) {
        anchor(offset, false);
        current.text.append(s);
    }

    private void anchor(int offset, boolean code) {
        if (offset < 0) {
            return;
        }
        while (nextComment < comments.size() && comments.get(nextComment).offset() < offset) {
            Comments.Entry c = comments.get(nextComment++);
            if (!code && c.place() == Comments.Place.INLINE) {
                current.before.add(c.text());
            } else {
                place(c);
            }
        }
        lastAnchored = current;
    }

    private void place(Comments.Entry c) {
        if (c.doc()) {
            return; // item docs are printed by the item printer; docs elsewhere are dropped (rule 12)
        }
        switch (c.place()) {
            case OWN_LINE -> current.before.add(c.text());
            case END_OF_LINE -> (lastAnchored != null ? lastAnchored : current).after.add(c.text());
            case INLINE -> current.text.append(c.text()).append(' ');
        }
    }

    /** The text: every line, then the comments after the last code. */
    String render() {
        if (current == null || nextComment < comments.size()) {
            newline(0);
            anchor(Integer.MAX_VALUE);
        }
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            String indent = "    ".repeat(line.level);
            for (String c : line.before) {
                out.append(indent).append(c).append('\n');
            }
            if (line.blank) {
                out.append('\n');
                continue;
            }
            if (line.text.length() == 0 && line.after.isEmpty()) {
                continue;
            }
            StringBuilder full = new StringBuilder(indent).append(line.text);
            for (String c : line.after) {
                full.append(' ').append(c);
            }
            int end = full.length();
            while (end > 0 && full.charAt(end - 1) == ' ') {
                end--;
            }
            out.append(full, 0, end).append('\n');
        }
        return out.toString();
    }
}
