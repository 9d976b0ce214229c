package beskid.cli.command;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.ToIntFunction;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The command service the launcher calls with the process's command line. Only JDK types
 * cross from the launcher into the container ({@code ToIntFunction<String[]>}), so the launcher
 * never shares a class with the bundles and {@code beskid.abi} stays exported by the runtime alone.
 */
@Component(service = ToIntFunction.class, property = "beskid.cli=main")
public final class CliService implements ToIntFunction<String[]> {
    @Reference
    private ToolchainComponent tools;

    @Override
    public int applyAsInt(String[] args) {
        // The process's own descriptors, unbuffered: the runtime applies its output policy
        // (buffering, terminals, signals, closed pipes) to a run that writes to them.
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        OutputStream err = new FileOutputStream(FileDescriptor.err);
        Console console = new Console(out, err, new FileInputStream(FileDescriptor.in));
        try {
            return BeskidCommandLine.execute(new ProgramActions(tools.toolchain()), console, args);
        } finally {
            flush(out);
            flush(err);
        }
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            // stdout closed by the reader (a pipe to head): nothing left to tell.
        }
    }
}
