package beskid.runtime.policy;

import beskid.abi.ProcessPolicy;
import beskid.abi.RunContext;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** Default process policy: the run's own arguments; exit code is main's value {@code & 0xFF}. */
@Component(service = ProcessPolicy.class)
public final class StandardProcessPolicy implements ProcessPolicy {
    @Override
    public List<String> arguments(RunContext run) {
        return run.arguments();
    }

    @Override
    public int exitCode(long mainResult) {
        return (int) (mainResult & 0xFF);
    }
}
