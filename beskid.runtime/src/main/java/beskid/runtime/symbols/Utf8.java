package beskid.runtime.symbols;

/** UTF-8 byte arithmetic on Java strings, without encoding them. */
final class Utf8 {
    private Utf8() {}

    /**
     * Length of the string in UTF-8 bytes, as {@code s.getBytes(UTF_8)} encodes it for writes and
     * the Std string functions: an unpaired surrogate is replaced by the one byte {@code '?'}.
     */
    static long length(String s) {
        long bytes = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes += 1;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
