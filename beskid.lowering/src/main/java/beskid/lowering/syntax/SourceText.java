package beskid.lowering.syntax;

import beskid.lowering.ast.SourcePos;
import beskid.lowering.diag.Diagnostics;
import beskid.lowering.diag.ErrorCode;
import beskid.lowering.diag.SourceLines;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;

/**
 * One source file decoded from UTF-8, with a line index. A leading byte-order mark is dropped.
 * Bytes that are not valid UTF-8 become U+FFFD; each run of them is remembered so that
 * {@link #reportDecodingErrors} can report it and the lexer can skip it without a second error.
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}. Positions are 1-based; a
 * column counts code points from the line start (a tab counts 1), as LANGUAGE.md fixes.
 * Instances are safe to share between threads.
 */
public final class SourceText implements SourceLines {
    private static final char REPLACEMENT = '\uFFFD';

    private final String path;
    private final String text;
    private final int base;
    private final int[] lineStarts;
    private final BitSet invalid;
    // The last computed position: callers ask mostly in increasing order within a line, so
    // counting code points from there keeps long single-line files linear. An immutable
    // record in one field keeps concurrent readers correct (at worst they count from the
    // line start).
    private SourcePos memo = new SourcePos(-1, 0, 0);

    private SourceText(String path, String text, BitSet invalid, int base) {
        this.path = Objects.requireNonNull(path, "path");
        this.text = text;
        this.base = base;
        this.invalid = invalid;
        this.lineStarts = indexLines(text);
    }

    /** Decodes {@code bytes} as UTF-8 (BOM ignored, invalid bytes replaced and remembered). */
    public static SourceText decode(String path, byte[] bytes) {
        return decode(path, bytes, 0);
    }

    /**
     * Decodes one file of a program whose positions start at offset {@code base}: the files of
     * one program get disjoint offset ranges, so an offset alone tells which file it is in.
     */
    public static SourceText decode(String path, byte[] bytes, int base) {
        Utf8Decoder decoder = new Utf8Decoder(bytes);
        String text = decoder.decode();
        return new SourceText(path, text, decoder.invalid(), base);
    }

    /** A source from already decoded text (tests, tools); a leading BOM is dropped. */
    public static SourceText of(String path, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new SourceText(path, body, new BitSet(), 0);
    }

    @Override
    public String path() {
        return path;
    }

    /** The offset of this file's first char in its program (0 for the entry file). */
    public int base() {
        return base;
    }

    /** The decoded text (without BOM). */
    public String text() {
        return text;
    }

    /** Length of the decoded text in chars. */
    public int length() {
        return text.length();
    }

    /** Number of lines (an empty file has one empty line). */
    public int lineCount() {
        return lineStarts.length;
    }

    @Override
    public String lineText(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Whether any bytes of the file were not valid UTF-8. */
    boolean hasDecodingErrors() {
        return !invalid.isEmpty();
    }

    /**
     * The chars {@code [from, to)} as a source of their own, at the same offsets in the program
     * (see {@link SplitParser}); for a file with no decoding errors.
     */
    SourceText slice(int from, int to) {
        return new SourceText(path, text.substring(from, to), new BitSet(), base + from);
    }

    /** Whether the char at {@code offset} replaces bytes that were not valid UTF-8. */
    public boolean isDecodingError(int offset) {
        return invalid.get(offset);
    }

    /**
     * The 1-based line and code-point column of a char offset within this file (clamped to the
     * text); the position's offset is that plus {@link #base()}.
     */
    public SourcePos pos(int offset) {
        SourcePos local = localPos(offset);
        return base == 0 ? local : new SourcePos(base + local.offset(), local.line(), local.column());
    }

    private SourcePos localPos(int offset) {
        int off = Math.max(0, Math.min(offset, text.length()));
        int line = lineOf(off);
        int start = lineStarts[line - 1];
        int from = start;
        int column = 1;
        SourcePos last = memo;
        if (last.line() == line && last.offset() >= start && last.offset() <= off) {
            from = last.offset();
            column = last.column();
        }
        column += text.codePointCount(from, off);
        SourcePos result = new SourcePos(off, line, column);
        memo = result;
        return result;
    }

    /** Reports one {@link ErrorCode#INVALID_UTF8} error per run of invalid bytes. */
    public void reportDecodingErrors(Diagnostics diags) {
        for (int i = invalid.nextSetBit(0); i >= 0; ) {
            int end = invalid.nextClearBit(i);
            int count = end - i;
            diags.add(
                    pos(i),
                    ErrorCode.INVALID_UTF8,
                    count == 1
                            ? "invalid UTF-8 byte sequence"
                            : "invalid UTF-8 byte sequence (" + count + " bad sequences)");
            i = invalid.nextSetBit(end);
        }
    }

    private int lineOf(int offset) {
        int idx = Arrays.binarySearch(lineStarts, offset);
        return idx >= 0 ? idx + 1 : -idx - 1;
    }

    /**
     * The offset where each line of {@code text} starts (line 1 at index 0); a line ends at
     * {@code \n}, {@code \r\n} or a lone {@code \r}.
     */
    public static int[] indexLines(String text) {
        int[] starts = new int[16];
        int count = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** A strict UTF-8 decoder that records where it had to substitute U+FFFD. */
    private static final class Utf8Decoder {
        private final byte[] bytes;
        private final BitSet invalid = new BitSet();

        Utf8Decoder(byte[] bytes) {
            this.bytes = bytes;
        }

        BitSet invalid() {
            return invalid;
        }

        String decode() {
            int i = 0;
            if (bytes.length >= 3
                    && (bytes[0] & 0xFF) == 0xEF
                    && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF) {
                i = 3;
            }
            if (isAscii(i)) {
                // Most sources are plain ASCII: one bulk copy instead of a char at a time.
                return new String(bytes, i, bytes.length - i, StandardCharsets.ISO_8859_1);
            }
            StringBuilder out = new StringBuilder(bytes.length);
            while (i < bytes.length) {
                int b = bytes[i] & 0xFF;
                if (b < 0x80) {
                    out.append((char) b);
                    i++;
                    continue;
                }
                int len;
                int min;
                int cp;
                if (b >= 0xC2 && b <= 0xDF) {
                    len = 2;
                    min = 0x80;
                    cp = b & 0x1F;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    len = 3;
                    min = 0x800;
                    cp = b & 0x0F;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    len = 4;
                    min = 0x10000;
                    cp = b & 0x07;
                } else {
                    bad(out);
                    i++;
                    continue;
                }
                int j = 1;
                while (j < len && i + j < bytes.length && (bytes[i + j] & 0xC0) == 0x80) {
                    cp = (cp << 6) | (bytes[i + j] & 0x3F);
                    j++;
                }
                // Overlong forms, surrogates and values past U+10FFFF are invalid too; the
                // maximal valid prefix is replaced once and decoding resumes after it.
                if (j < len || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    bad(out);
                    i += j;
                    continue;
                }
                out.appendCodePoint(cp);
                i += len;
            }
            return out.toString();
        }

        private boolean isAscii(int from) {
            for (int i = from; i < bytes.length; i++) {
                if (bytes[i] < 0) {
                    return false;
                }
            }
            return true;
        }

        private void bad(StringBuilder out) {
            invalid.set(out.length());
            out.append(REPLACEMENT);
        }
    }
}
