package beskid.runtime.symbols;

import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * UTF-8 byte arithmetic on Java strings, without encoding them. A Beskid string is a
 * {@code java.lang.String} whose length and offsets count UTF-8 bytes, as {@code
 * s.getBytes(UTF_8)} encodes it (an unpaired surrogate is the one byte {@code '?'}).
 *
 * <p>Measuring is linear in the string, so the measure of a long string is cached by identity
 * (a small direct-mapped table of weak entries): {@code Len} of the same string is O(1) after
 * its first call, and {@code Substring} of it costs the bytes it copies plus a binary search in
 * the string's checkpoints (one per {@value #STRIDE} chars, built on the first substring of a
 * non-ASCII string). Strings up to {@value #SHORT} chars are measured directly.
 */
final class Utf8 {
    /** Strings up to this many chars are measured on every call: cheaper than a cache probe. */
    static final int SHORT = 64;

    /** Chars between two checkpoints of a non-ASCII string's offset index. */
    static final int STRIDE = 16;

    private static final int SLOTS = 256; // a power of two

    /** Racy but safe: entries are immutable, a lost or stale slot is only a miss. */
    private static final Measure[] CACHE = new Measure[SLOTS];

    private Utf8() {}

    /** Length of the string in UTF-8 bytes. */
    static long length(String s) {
        if (s.length() <= SHORT) {
            return scan(s, 0, s.length());
        }
        return measure(s).bytes;
    }

    /**
     * {@code len} bytes of {@code s} from byte offset {@code start}, as {@code new String(bytes,
     * start, len, UTF_8)} decodes them: a range cutting a multi-byte character yields U+FFFD for
     * the cut bytes. Returns null when the range does not lie in s (the caller panics with {@link
     * #length}).
     */
    static String substring(String s, long start, long len) {
        if (s.length() <= SHORT) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            if (!inRange(start, len, bytes.length)) {
                return null;
            }
            return new String(bytes, (int) start, (int) len, StandardCharsets.UTF_8);
        }
        Measure m = measure(s);
        if (!inRange(start, len, m.bytes)) {
            return null;
        }
        long end = start + len;
        if (m.ascii) {
            return s.substring((int) start, (int) end);
        }
        Offsets offsets = offsets(s, m);
        long first = offsets.locate(s, start); // char index << 32 | bytes into the code point
        long last = offsets.locate(s, end);
        int from = (int) (first >>> 32);
        int to = (int) (last >>> 32);
        int cutStart = (int) first;
        int cutEnd = (int) last;
        if (cutStart == 0 && cutEnd == 0 && m.paired) {
            return s.substring(from, to);
        }
        // Encode only the code points the range touches, then decode the exact byte range.
        if (cutEnd != 0) {
            to += Character.isHighSurrogate(s.charAt(to))
                            && to + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(to + 1))
                    ? 2
                    : 1;
        }
        byte[] piece = s.substring(from, to).getBytes(StandardCharsets.UTF_8);
        return new String(piece, cutStart, (int) len, StandardCharsets.UTF_8);
    }

    /**
     * Records the measure of {@code joined = a + b} when both halves are measured already (a
     * short one is measured on the spot), so a string grown by {@code +} in a loop keeps an O(1)
     * {@code Len}. A long half never measured is left alone: the join stays a plain copy.
     */
    static void joined(String a, String b, String joined) {
        long ma = known(a);
        long mb = ma < 0 ? -1 : known(b);
        if (mb < 0
                || (a.length() > 0
                        && b.length() > 0
                        && Character.isHighSurrogate(a.charAt(a.length() - 1))
                        && Character.isLowSurrogate(b.charAt(0)))) {
            return; // unknown, or the join pairs two surrogates that were '?' apart: measure when asked
        }
        CACHE[System.identityHashCode(joined) & (SLOTS - 1)] =
                new Measure(joined, (ma >>> 2) + (mb >>> 2), (ma & mb & 2) != 0, (ma & mb & 1) != 0);
    }

    /** A string's measure packed as {@code bytes << 2 | ascii << 1 | paired}, or -1 if unknown. */
    private static long known(String s) {
        Measure m;
        if (s.length() <= SHORT) {
            m = Measure.of(s, false);
        } else {
            m = CACHE[System.identityHashCode(s) & (SLOTS - 1)];
            if (m == null || m.get() != s) {
                return -1;
            }
        }
        return m.bytes << 2 | (m.ascii ? 2 : 0) | (m.paired ? 1 : 0);
    }

    private static boolean inRange(long start, long len, long bytes) {
        return start >= 0 && len >= 0 && start <= bytes && len <= bytes - start;
    }

    private static Measure measure(String s) {
        int slot = System.identityHashCode(s) & (SLOTS - 1);
        Measure m = CACHE[slot];
        if (m != null && m.get() == s) {
            return m;
        }
        m = Measure.of(s, true);
        CACHE[slot] = m;
        return m;
    }

    private static Offsets offsets(String s, Measure m) {
        Offsets o = m.offsets;
        if (o == null) {
            o = Offsets.of(s);
            m.offsets = o; // benign race: two threads build equal indexes
        }
        return o;
    }

    /** UTF-8 bytes of chars {@code [from, to)} of s. */
    static long scan(String s, int from, int to) {
        long bytes = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
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

    /** The cached measure of one string: its byte length and what fast paths it allows. */
    private static final class Measure extends WeakReference<String> {
        final long bytes;
        /** Every char is ASCII: byte offsets are char indices. */
        final boolean ascii;
        /** No unpaired surrogate: a substring at code-point boundaries encodes like the range. */
        final boolean paired;

        volatile Offsets offsets;

        private Measure(String s, long bytes, boolean ascii, boolean paired) {
            super(s);
            this.bytes = bytes;
            this.ascii = ascii;
            this.paired = paired;
        }

        /** Measures s; the entry refers to s only if it is to be cached ({@code keep}). */
        static Measure of(String s, boolean keep) {
            int n = s.length();
            long bytes = 0;
            boolean ascii = true;
            boolean paired = true;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    bytes += 1;
                    continue;
                }
                ascii = false;
                if (c < 0x800) {
                    bytes += 2;
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    bytes += 4;
                    i++;
                } else if (Character.isSurrogate(c)) {
                    bytes += 1;
                    paired = false;
                } else {
                    bytes += 3;
                }
            }
            return new Measure(keep ? s : null, bytes, ascii, paired);
        }
    }

    /**
     * Checkpoints of a non-ASCII string: for block k, the first code point starting at char
     * index k * STRIDE or later, and its byte offset.
     */
    private static final class Offsets {
        final int[] chars;
        final long[] bytes;

        private Offsets(int[] chars, long[] bytes) {
            this.chars = chars;
            this.bytes = bytes;
        }

        static Offsets of(String s) {
            int n = s.length();
            int blocks = n / STRIDE + 1;
            int[] chars = new int[blocks];
            long[] bytes = new long[blocks];
            int k = 0;
            long at = 0;
            int i = 0;
            while (i < n) {
                if (i >= k * STRIDE) {
                    chars[k] = i;
                    bytes[k] = at;
                    k++;
                }
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    at += 4;
                    i += 2;
                } else {
                    at += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 1 : 3;
                    i++;
                }
            }
            return new Offsets(Arrays.copyOf(chars, k), Arrays.copyOf(bytes, k));
        }

        /**
         * The code point holding byte offset {@code target}: its char index in the high 32 bits
         * and how many of its bytes lie before the target in the low 32 (0 on a boundary). The
         * end of the string is char index {@code s.length()}.
         */
        long locate(String s, long target) {
            int k = Arrays.binarySearch(bytes, target);
            if (k < 0) {
                k = -k - 2;
            }
            int i = chars[k];
            long at = bytes[k];
            int n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                int width;
                int units = 1;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    width = 4;
                    units = 2;
                } else {
                    width = c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 1 : 3;
                }
                if (target < at + width) {
                    return ((long) i << 32) | (target - at);
                }
                at += width;
                i += units;
            }
            return (long) n << 32;
        }
    }
}
