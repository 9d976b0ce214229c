package beskid.runtime.policy;

import beskid.abi.SchedulingPolicy;
import org.osgi.service.component.annotations.Component;

/** Default scheduling: a platform thread per run (daemon, so a stuck program never pins the JVM). */
@Component(service = SchedulingPolicy.class)
public final class ThreadSchedulingPolicy implements SchedulingPolicy {
    @Override
    public Thread newThread(Runnable body, String name, long stackBytes) {
        Thread thread = new Thread(null, body, name, stackBytes);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void yieldNow() {
        Thread.yield();
    }
}
