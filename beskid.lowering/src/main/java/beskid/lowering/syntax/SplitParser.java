package beskid.lowering.syntax;

import beskid.lowering.ast.Item;
import beskid.lowering.lanes.Lanes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Lexes and parses a large file as two halves side by side ({@link Lanes}), split at a line
 * near the middle that starts with a letter: where formatted code starts a top-level item.
 *
 * <p>The split is a guess, checked: each half must lex and parse without a single diagnostic,
 * the first must end with every bracket, comment, string and item closed (it is parsed up to
 * its own end of file) and must leave no doc comment for the second. Then the lexer and the
 * parser stand between two items at the split with nothing carried over, and the two halves'
 * items are the whole file's. Anything else, a file with errors included, is parsed whole, so
 * diagnostics always come from one pass over the file.
 */
final class SplitParser {
    /** Files shorter than this are parsed whole: a helper thread would cost more than it saves. */
    static final int MIN_CHARS = 1 << 18;
    /** How far past the middle a split is looked for. */
    private static final int SEARCH_CHARS = 1 << 16;

    private SplitParser() {}

    /** The file's items, parsed as two halves, or null when it is to be parsed whole. */
    static List<Item> items(SourceText text) {
        if (!Lanes.sideBySide() || text.length() < MIN_CHARS || text.hasDecodingErrors()) {
            return null;
        }
        int at = splitPoint(text.text());
        if (at < 0) {
            return null;
        }
        int secondLine = text.pos(at).line();
        SourceText first = text.slice(0, at);
        SourceText second = text.slice(at, text.length());
        List<Supplier<List<Item>>> halves =
                List.of(() -> Parser.cleanItems(first, 1), () -> Parser.cleanItems(second, secondLine));
        List<List<Item>> parsed = Lanes.run(halves, new int[] {at, text.length() - at});
        if (parsed.get(0) == null || parsed.get(1) == null) {
            return null;
        }
        List<Item> items = new ArrayList<>(parsed.get(0).size() + parsed.get(1).size());
        items.addAll(parsed.get(0));
        items.addAll(parsed.get(1));
        return List.copyOf(items);
    }

    /** The first line start at or after the middle whose line starts with a letter, or -1. */
    static int splitPoint(String text) {
        int limit = Math.min(text.length() - 1, text.length() / 2 + SEARCH_CHARS);
        for (int nl = text.indexOf('\n', text.length() / 2); nl >= 0 && nl < limit; nl = text.indexOf('\n', nl + 1)) {
            char c = text.charAt(nl + 1);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                return nl + 1;
            }
        }
        return -1;
    }
}
