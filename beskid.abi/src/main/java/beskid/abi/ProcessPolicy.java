package beskid.abi;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/** Platform policy for the process view of a run: its arguments and what its exit means. */
@ConsumerType
public interface ProcessPolicy {
    /** The arguments the program sees ({@code Std.System.Process}). */
    List<String> arguments(RunContext run);

    /** The exit code for main's returned value (the language fixes {@code value & 0xFF}). */
    int exitCode(long mainResult);
}
