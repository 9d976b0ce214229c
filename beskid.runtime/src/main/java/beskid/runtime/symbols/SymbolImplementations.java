package beskid.runtime.symbols;

import beskid.abi.Abi;
import beskid.abi.PanicCode;
import beskid.abi.RunContext;
import beskid.runtime.execution.BeskidPanic;
import beskid.runtime.execution.Checkpoints;
import beskid.runtime.execution.RunState;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One static method per {@link beskid.abi.RuntimeSymbol}, named exactly like the symbol and
 * with its descriptor. Every platform effect goes to the policies of the calling thread's run.
 */
@SuppressWarnings("checkstyle:MethodName") // method names are the ABI symbol names
public final class SymbolImplementations {
    private SymbolImplementations() {}

    public static long beskid_runtime_abi_version() {
        return Abi.BESKID_RUNTIME_ABI_VERSION;
    }

    public static String str_new(Object utf8) {
        return new String((byte[]) utf8, StandardCharsets.UTF_8);
    }

    public static String str_concat(String a, String b) {
        String joined = a.concat(b);
        if (joined.length() > Utf8.SHORT) {
            Utf8.joined(a, b, joined);
        }
        return joined;
    }

    public static long str_len(String s) {
        return Utf8.length(s);
    }

    public static boolean str_eq(String a, String b) {
        return a.equals(b);
    }

    public static String str_from_i64(long v) {
        return Long.toString(v);
    }

    public static String str_from_bool(boolean v) {
        return v ? "true" : "false";
    }

    public static String str_from_char(int codePoint) {
        return new String(Character.toChars(codePoint));
    }

    public static long array_new(long elemSize, long len) {
        // divide rather than multiply: elemSize * len can wrap around to a small or negative size
        if (elemSize <= 0 || len < 0 || len > (Integer.MAX_VALUE - 8) / elemSize) {
            throw new BeskidPanic("invalid array size: " + elemSize + " x " + len);
        }
        return RunState.current().registerRawArray(new byte[(int) (elemSize * len)]);
    }

    public static void panic(long code) {
        PanicCode known = PanicCode.byCode(code);
        throw new BeskidPanic(known != null ? known.message() : "panic code " + code);
    }

    public static void panic_str(String message) {
        throw new BeskidPanic(message);
    }

    public static long syscall_write(long fd, String s) {
        run_checkpoint(); // a program that only prints stops at its next write
        RunState run = RunState.current();
        RunContext context = run.context();
        if (fd == 2) {
            flushQuietly(context.stdout()); // keep stdout and stderr in program order on a shared terminal
        }
        return run.policies().output().write(context, fd, s.getBytes(StandardCharsets.UTF_8));
    }

    public static String syscall_read(long fd, long max) {
        RunState run = RunState.current();
        flushQuietly(run.context().stdout()); // a prompt written before a read must be visible
        byte[] bytes = run.policies().input().read(run.context(), fd, max);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * A loop head: the run ends here if its starter cancelled it (by interrupting its thread).
     * Generated code in a container links its loop heads to {@link Checkpoints#poll()}
     * instead, which checks only while a cancellation is under way.
     */
    public static void run_checkpoint() {
        Checkpoints.check();
    }

    public static Object event_new(long capacity) {
        if (capacity < 0 || capacity > 1_000_000) {
            throw new BeskidPanic("invalid event capacity: " + capacity);
        }
        return new EventHandlers((int) capacity);
    }

    public static void event_subscribe(Object event, Object handler) {
        ((EventHandlers) event).subscribe(handler);
    }

    public static void event_unsubscribe_first(Object event, Object handler) {
        ((EventHandlers) event).unsubscribeFirst(handler);
    }

    public static long event_len(Object event) {
        return ((EventHandlers) event).size();
    }

    public static Object event_get_handler(Object event, long index) {
        return ((EventHandlers) event).get(index);
    }

    static void flushQuietly(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            // A closed sink: the write that follows reports -1 through the policy.
        }
    }
}
