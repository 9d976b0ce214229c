package beskid.abi;

import org.osgi.annotation.versioning.ConsumerType;

/** Platform policy for environment variables. */
@ConsumerType
public interface EnvironmentPolicy {
    /** The variable's value, or {@code ""} when unset or refused. */
    String get(RunContext run, String name);
}
