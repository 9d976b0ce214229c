package beskid.abi;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * Everything one run of a program owns: its standard streams and its arguments. Runs are
 * isolated from each other: the runtime routes each run's effects to its own context.
 *
 * @param stdout where descriptor 1 goes
 * @param stderr where descriptor 2 and panic reports go
 * @param stdin where descriptor 0 reads from
 * @param arguments the program arguments (after {@code --})
 * @param jvmTraces whether a panic report also shows the JVM stack trace
 */
public record RunContext(
        OutputStream stdout, OutputStream stderr, InputStream stdin, List<String> arguments, boolean jvmTraces) {
    /** Checks and copies the arguments. */
    public RunContext {
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
        Objects.requireNonNull(stdin, "stdin");
        arguments = List.copyOf(arguments);
    }

    /** A context with the given streams and arguments and no JVM traces. */
    public static RunContext of(OutputStream stdout, OutputStream stderr, InputStream stdin, List<String> arguments) {
        return new RunContext(stdout, stderr, stdin, arguments, false);
    }
}
