package beskid.lowering.analysis;

import beskid.lowering.lanes.Lanes;
import java.util.function.Supplier;

/**
 * Runs work that recurses over syntax trees on a thread with a large stack, for analysis and
 * for lowering (beskid.lowering.service.Compilation): the parser bounds nesting (256 levels),
 * but a long chain of binary operators is as deep as it is long; 64 MiB (see
 * {@link Lanes#startBigStack}) leaves a wide margin at any JVM's frame sizes.
 */
public final class BigStack {
    private BigStack() {}

    static <T> T call(Supplier<T> work) {
        return call("beskid-analysis", work);
    }

    /**
     * Runs {@code work} on a new thread named {@code threadName} with a large stack and returns
     * its result, rethrowing what it threw; when no thread can be started, runs it on the
     * caller's stack instead. An interrupt while waiting is kept for the caller.
     */
    public static <T> T call(String threadName, Supplier<T> work) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread worker = Lanes.startBigStack(threadName, () -> {
            try {
                result[0] = work.get();
            } catch (RuntimeException | Error e) {
                failure[0] = e;
            }
        });
        if (worker == null) {
            return work.get(); // no thread to be had: run on the caller's stack
        }
        Lanes.joinUninterruptibly(worker);
        if (failure[0] instanceof RuntimeException r) {
            throw r;
        }
        if (failure[0] instanceof Error err) {
            throw err;
        }
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }
}
