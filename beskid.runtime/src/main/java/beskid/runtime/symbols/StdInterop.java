package beskid.runtime.symbols;

import beskid.abi.RunContext;
import beskid.runtime.execution.BeskidPanic;
import beskid.runtime.execution.RunState;
import java.util.List;

/**
 * The bodies of the standard library's {@code [Interop]} functions, one static method per
 * {@link beskid.abi.InteropTag} (bound by {@link RuntimeSymbolProvider}; public, as
 * {@link SymbolImplementations}' are, so that an executable's link step can call them
 * directly). bool results are 0 or 1 in the usize group; a Beskid array {@code T[]} is an
 * {@code Object[]} whose null elements stand for the element type's zero value.
 */
public final class StdInterop {
    private StdInterop() {}

    public static long stringContains(String s, String part) {
        return s.contains(part) ? 1 : 0;
    }

    public static Object stringSubstring(String s, long start, long len) {
        String part = Utf8.substring(s, start, len);
        if (part == null) {
            throw new BeskidPanic(
                    "substring out of range: start " + start + ", len " + len + " (len " + Utf8.length(s) + ")");
        }
        return part;
    }

    public static Object stringFromI64(long v) {
        return Long.toString(v);
    }

    public static long stringParseI64(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new BeskidPanic("invalid integer: " + s);
        }
    }

    public static Object ioReadLine() {
        RunState run = RunState.current();
        SymbolImplementations.flushQuietly(run.context().stdout());
        return run.policies().input().readLine(run.context());
    }

    public static Object arrayNew(long len) {
        if (len < 0 || len > Integer.MAX_VALUE - 8) {
            throw new BeskidPanic("invalid array length: " + len);
        }
        return new Object[(int) len];
    }

    public static long arrayLen(Object array) {
        return ((Object[]) array).length;
    }

    public static Object arrayGet(Object array, long index) {
        Object[] a = (Object[]) array;
        return a[elementIndex(index, a.length)];
    }

    public static void arraySet(Object array, long index, Object value) {
        Object[] a = (Object[]) array;
        a[elementIndex(index, a.length)] = value;
    }

    /**
     * The index as an int, checked against the length (of an array, the program's arguments).
     * The check is made on the int, as the JVM's own is, so the compiler sees that an array
     * access cannot fail and drops its check.
     */
    private static int elementIndex(long index, int length) {
        int i = (int) index;
        if (i != index || i < 0 || i >= length) {
            throw outOfBounds(index, length);
        }
        return i;
    }

    private static BeskidPanic outOfBounds(long index, int length) {
        return new BeskidPanic("index out of bounds: " + index + " (len " + length + ")");
    }

    public static long processArgCount() {
        RunState run = RunState.current();
        return run.policies().process().arguments(run.context()).size();
    }

    public static Object processArg(long index) {
        RunState run = RunState.current();
        List<String> args = run.policies().process().arguments(run.context());
        return args.get(elementIndex(index, args.size()));
    }

    public static Object envGet(String name) {
        RunState run = RunState.current();
        RunContext context = run.context();
        String value = run.policies().environment().get(context, name);
        return value == null ? "" : value;
    }

    public static long timeNowMillis() {
        return RunState.current().policies().clock().nowMillis();
    }

    public static long timeMonotonicNanos() {
        return RunState.current().policies().clock().monotonicNanos();
    }
}
