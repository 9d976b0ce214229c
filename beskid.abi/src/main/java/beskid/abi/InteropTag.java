package beskid.abi;

import static beskid.abi.AbiKind.I64;
import static beskid.abi.AbiKind.PTR;
import static beskid.abi.AbiKind.STR;

import java.util.List;

/**
 * The stable tags of the standard library's {@code [Interop]} functions: each names one Std
 * function, fixes its return group (and so its dispatch symbol) and its argument kinds.
 * Ids never change meaning; new tags take new ids (a minor ABI bump).
 */
public enum InteropTag {
    /** {@code bool Std.Core.String.Contains(string s, string part)}. */
    STRING_CONTAINS(1, "Std.Core.String.Contains", ReturnGroup.USIZE, STR, STR),
    /** {@code string Std.Core.String.Substring(string s, i64 start, i64 len)} (byte offsets). */
    STRING_SUBSTRING(2, "Std.Core.String.Substring", ReturnGroup.PTR, STR, I64, I64),
    /** {@code string Std.Core.String.FromI64(i64 v)}. */
    STRING_FROM_I64(3, "Std.Core.String.FromI64", ReturnGroup.PTR, I64),
    /** {@code i64 Std.Core.String.ParseI64(string s)}; panics {@code invalid integer: <s>}. */
    STRING_PARSE_I64(4, "Std.Core.String.ParseI64", ReturnGroup.USIZE, STR),
    /** {@code string Std.System.IO.ReadLine()}. */
    IO_READ_LINE(5, "Std.System.IO.ReadLine", ReturnGroup.PTR),
    /** {@code T[] Std.Collections.Array.New(i64 len)}: a zeroed array. */
    ARRAY_NEW(6, "Std.Collections.Array.New", ReturnGroup.PTR, I64),
    /** {@code i64 Std.Collections.Array.Len(T[] a)}. */
    ARRAY_LEN(7, "Std.Collections.Array.Len", ReturnGroup.USIZE, PTR),
    /** {@code T Std.Collections.Array.Get(T[] a, i64 i)}; null stands for the zero value. */
    ARRAY_GET(8, "Std.Collections.Array.Get", ReturnGroup.PTR, PTR, I64),
    /** {@code unit Std.Collections.Array.Set(T[] a, i64 i, T v)}. */
    ARRAY_SET(9, "Std.Collections.Array.Set", ReturnGroup.UNIT, PTR, I64, PTR),
    /** {@code i64 Std.System.Process.ArgCount()}. */
    PROCESS_ARG_COUNT(10, "Std.System.Process.ArgCount", ReturnGroup.USIZE),
    /** {@code string Std.System.Process.Arg(i64 i)}. */
    PROCESS_ARG(11, "Std.System.Process.Arg", ReturnGroup.PTR, I64),
    /** {@code string Std.System.Env.Get(string name)}. */
    ENV_GET(12, "Std.System.Env.Get", ReturnGroup.PTR, STR),
    /** {@code i64 Std.System.Time.NowMillis()}. */
    TIME_NOW_MILLIS(13, "Std.System.Time.NowMillis", ReturnGroup.USIZE),
    /** {@code i64 Std.System.Time.MonotonicNanos()}. */
    TIME_MONOTONIC_NANOS(14, "Std.System.Time.MonotonicNanos", ReturnGroup.USIZE);

    private final int id;
    private final String function;
    private final ReturnGroup group;
    private final List<AbiKind> parameterKinds;

    InteropTag(int id, String function, ReturnGroup group, AbiKind... parameterKinds) {
        this.id = id;
        this.function = function;
        this.group = group;
        this.parameterKinds = List.of(parameterKinds);
    }

    /** The stable numeric tag passed to the dispatch call site. */
    public int id() {
        return id;
    }

    /** The fully qualified Std function, e.g. {@code Std.System.IO.ReadLine}. */
    public String function() {
        return function;
    }

    /** The return group, which alone picks the dispatch symbol. */
    public ReturnGroup group() {
        return group;
    }

    /** Argument kinds of the call site ({@code PTR} stands for any reference, generic values boxed). */
    public List<AbiKind> parameterKinds() {
        return parameterKinds;
    }

    /** The JVM descriptor every dispatch call site of this tag must have. */
    public String descriptor() {
        return AbiKind.methodDescriptor(parameterKinds, group.returnDescriptor());
    }

    /** The tag with this id, or null. */
    public static InteropTag byId(int id) {
        for (InteropTag t : values()) {
            if (t.id == id) {
                return t;
            }
        }
        return null;
    }

    /** The tag of a fully qualified Std function, or null if it has none. */
    public static InteropTag byFunction(String function) {
        for (InteropTag t : values()) {
            if (t.function.equals(function)) {
                return t;
            }
        }
        return null;
    }
}
