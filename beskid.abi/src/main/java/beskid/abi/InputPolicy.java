package beskid.abi;

import org.osgi.annotation.versioning.ConsumerType;

/** Platform policy for reads by descriptor (a runtime DS service; replaceable). */
@ConsumerType
public interface InputPolicy {
    /** Reads at most {@code max} bytes; an empty array when nothing is there or the descriptor is refused. */
    byte[] read(RunContext run, long fd, long max);

    /** Reads one line from descriptor 0 without its line terminator; {@code ""} at end of input. */
    String readLine(RunContext run);
}
