package beskid.runtime.policy;

import beskid.abi.ClockPolicy;
import org.osgi.service.component.annotations.Component;

/** Default clock: the JVM's wall clock and monotonic counter. */
@Component(service = ClockPolicy.class)
public final class SystemClockPolicy implements ClockPolicy {
    @Override
    public long nowMillis() {
        return System.currentTimeMillis();
    }

    @Override
    public long monotonicNanos() {
        return System.nanoTime();
    }
}
