package beskid.abi;

import org.osgi.annotation.versioning.ConsumerType;

/** Platform policy for threads, blocking and yielding. */
@ConsumerType
public interface SchedulingPolicy {
    /** A new, unstarted thread for a run's {@code main}, with the given stack size in bytes. */
    Thread newThread(Runnable body, String name, long stackBytes);

    /** Gives other threads a chance to run. */
    void yieldNow();
}
