package beskid.abi;

import org.osgi.annotation.versioning.ConsumerType;

/** Platform policy for writes by descriptor (a runtime DS service; replaceable). */
@ConsumerType
public interface OutputPolicy {
    /**
     * Writes bytes for a run.
     *
     * @return the number of bytes written, or -1 when the descriptor is refused
     */
    long write(RunContext run, long fd, byte[] bytes);
}
