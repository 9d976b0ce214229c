package beskid.abi;

import org.osgi.annotation.versioning.ConsumerType;

/** Platform policy for time. */
@ConsumerType
public interface ClockPolicy {
    /** Wall-clock milliseconds since the epoch. */
    long nowMillis();

    /** A monotonic nanosecond counter. */
    long monotonicNanos();
}
