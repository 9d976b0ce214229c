package beskid.lowering.syntax;

/**
 * The words of one file: keywords and every identifier met so far, looked up straight from
 * the source text. A repeated identifier costs no new {@code String} and every occurrence
 * shares one instance; a keyword costs no string at all. (Cutting a substring per word and
 * hashing it twice, for the keyword map and for interning, was a tenth of lowering time.)
 *
 * <p>Open addressing with linear probing over parallel arrays; the hash is
 * {@link String#hashCode()}'s, computed over the source range.
 */
final class WordTable {
    private String[] words = new String[1024];
    private TokenKind[] kinds = new TokenKind[1024];
    private int size;

    WordTable() {
        for (TokenKind k : TokenKind.values()) {
            if (k.name().startsWith("KW_")) {
                String w = k.spelling();
                int i = slot(w, 0, w.length());
                words[i] = w;
                kinds[i] = k;
                size++;
            }
        }
    }

    /** The entry of the word {@code text[from, to)}, added as an identifier if it is new. */
    int find(String text, int from, int to) {
        int i = slot(text, from, to);
        if (words[i] == null) {
            words[i] = text.substring(from, to);
            kinds[i] = TokenKind.IDENT;
            if (++size * 2 > words.length) {
                grow();
                i = slot(text, from, to);
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

    /** The slot holding {@code text[from, to)}, or the empty slot where it belongs. */
    private int slot(String text, int from, int to) {
        int h = 0;
        for (int j = from; j < to; j++) {
            h = 31 * h + text.charAt(j);
        }
        int mask = words.length - 1;
        int len = to - from;
        for (int i = (h ^ (h >>> 16)) & mask; ; i = (i + 1) & mask) {
            String w = words[i];
            if (w == null || (w.length() == len && text.regionMatches(from, w, 0, len))) {
                return i;
            }
        }
    }

    private void grow() {
        String[] oldWords = words;
        TokenKind[] oldKinds = kinds;
        words = new String[oldWords.length * 2];
        kinds = new TokenKind[oldWords.length * 2];
        for (int j = 0; j < oldWords.length; j++) {
            if (oldWords[j] != null) {
                int i = slot(oldWords[j], 0, oldWords[j].length());
                words[i] = oldWords[j];
                kinds[i] = oldKinds[j];
            }
        }
    }
}
