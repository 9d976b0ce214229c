package beskid.abi;

import java.lang.invoke.MethodHandle;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The runtime's execution entry, the only way any backend runs a program. The runtime decides
 * the exit code, reports panics, and routes every platform effect of the run to its context.
 */
@ProviderType
public interface ExecutionEntry {
    /**
     * Fixed stack of the thread that runs {@code main}, in bytes: 128 MiB, so recursion 100,000
     * deep works even for frames of a hundred locals, and an endless recursion is reported in
     * about a second (it took 12 s with 512 MiB under C2).
     */
    long MAIN_STACK_BYTES = 1L << 27;

    /**
     * Runs a program's entry point on a fresh thread with {@link #MAIN_STACK_BYTES} of stack and
     * waits for it. Never throws for anything the program does.
     *
     * @param main a static method handle of type {@code ()I}, {@code ()J} or {@code ()V}
     * @param context the run's streams and arguments
     * @return the exit code and, after a panic, its message and source position (already
     *         printed to the context's stderr as {@code panic: ...} and {@code   at File.bd:LINE})
     */
    RunOutcome execute(MethodHandle main, RunContext context);
}
