package beskid.runtime.execution;

import beskid.abi.RunContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of the run the current thread executes. Generated code runs only on its run's
 * main thread, so a thread-local is how every symbol finds its run's context and policies.
 */
public final class RunState {
    private static final ThreadLocal<RunState> CURRENT = new ThreadLocal<>();

    private final RunContext context;
    private final Policies policies;
    private final List<byte[]> rawArrays = new ArrayList<>();

    RunState(RunContext context, Policies policies) {
        this.context = context;
        this.policies = policies;
    }

    /** The run of the calling thread; fails if the thread runs no Beskid program. */
    public static RunState current() {
        RunState state = CURRENT.get();
        if (state == null) {
            throw new IllegalStateException(
                    "no Beskid run on thread " + Thread.currentThread().getName());
        }
        return state;
    }

    static void bind(RunState state) {
        CURRENT.set(state);
    }

    static void unbind() {
        CURRENT.remove();
    }

    /** The run's streams and arguments. */
    public RunContext context() {
        return context;
    }

    /** The policies in force for this run. */
    public Policies policies() {
        return policies;
    }

    /** Registers a raw array made by {@code array_new}; its handle is its index plus one. */
    public long registerRawArray(byte[] array) {
        rawArrays.add(array);
        return rawArrays.size();
    }
}
