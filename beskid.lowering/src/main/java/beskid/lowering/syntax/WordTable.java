package beskid.lowering.syntax;

/**
 * The words of one file: keywords and every identifier and number literal met so far, looked
 * up straight from the source text. A repeated word costs no new {@code String} and every
 * occurrence shares one instance; a keyword costs no string at all. (Cutting a substring per word and
 * hashing it twice, for the keyword map and for interning, was a tenth of lowering time.)
 *
 * <p>Open addressing with linear probing over parallel arrays; the hash is
 * {@link String#hashCode()}'s, computed over the source range. Each slot keeps its word's
 * hash, so a probe compares characters only with a word of the same hash: passing over the
 * other words of a cluster touches no {@code String} (each a likely cache miss in a large file).
 */
final class WordTable {
    private String[] words;
    private TokenKind[] kinds;
    private int[] hashes;
    private int size;

    /** A table for a text of {@code textLength} chars, sized so a large file rarely rehashes. */
    WordTable(int textLength) {
        // room for a distinct word per 64 chars (generous for code) at half full, 1024 at least
        int capacity = Integer.highestOneBit(Math.max(1024, textLength / 32) - 1) << 1;
        words = new String[capacity];
        kinds = new TokenKind[capacity];
        hashes = new int[capacity];
        for (TokenKind k : TokenKind.values()) {
            if (k.name().startsWith("KW_")) {
                put(k.spelling(), k);
            }
        }
    }

    /** The entry of the word {@code text[from, to)}, added as an identifier if it is new. */
    int find(String text, int from, int to) {
        int h = hash(text, from, to);
        int i = slot(h, text, from, to);
        if (words[i] == null) {
            words[i] = text.substring(from, to);
            kinds[i] = TokenKind.IDENT;
            hashes[i] = h;
            if (++size * 2 > words.length) {
                grow();
                i = slot(h, text, from, to);
            }
        }
        return i;
    }

    /** IDENT or the keyword an entry of {@link #find} is. */
    TokenKind kind(int entry) {
        return kinds[entry];
    }

    /** The word of an entry of {@link #find}: one shared instance per distinct word. */
    String word(int entry) {
        return words[entry];
    }

    private static int hash(String text, int from, int to) {
        int h = 0;
        for (int j = from; j < to; j++) {
            h = 31 * h + text.charAt(j);
        }
        return h;
    }

    /** The slot holding {@code text[from, to)} (of hash h), or the empty slot where it belongs. */
    private int slot(int h, String text, int from, int to) {
        int mask = words.length - 1;
        int len = to - from;
        for (int i = (h ^ (h >>> 16)) & mask; ; i = (i + 1) & mask) {
            String w = words[i];
            if (w == null || (hashes[i] == h && w.length() == len && text.regionMatches(from, w, 0, len))) {
                return i;
            }
        }
    }

    /** Adds a word known not to be in the table yet. */
    private void put(String w, TokenKind kind) {
        int h = w.hashCode();
        int mask = words.length - 1;
        int i = (h ^ (h >>> 16)) & mask;
        while (words[i] != null) {
            i = (i + 1) & mask;
        }
        words[i] = w;
        kinds[i] = kind;
        hashes[i] = h;
        size++;
    }

    private void grow() {
        String[] oldWords = words;
        TokenKind[] oldKinds = kinds;
        words = new String[oldWords.length * 2];
        kinds = new TokenKind[oldWords.length * 2];
        hashes = new int[oldWords.length * 2];
        size = 0;
        for (int j = 0; j < oldWords.length; j++) {
            if (oldWords[j] != null) {
                put(oldWords[j], oldKinds[j]); // distinct words: no comparison needed
            }
        }
    }
}
