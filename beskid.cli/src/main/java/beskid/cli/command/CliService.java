package beskid.cli.command;

import beskid.lowering.api.BuildBackend;
import beskid.lowering.api.LoweringService;
import beskid.lowering.api.RunBackend;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToIntFunction;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The command service the launcher calls with the process's command line. Only JDK types
 * cross from the launcher into the container ({@code ToIntFunction<String[]>}), so the launcher
 * never shares a class with the bundles and {@code beskid.abi} stays exported by the runtime alone.
 */
@Component(service = ToIntFunction.class, property = "beskid.cli=main")
public final class CliService implements ToIntFunction<String[]> {
    private final List<RunBackend> runBackends = new CopyOnWriteArrayList<>();

    @Reference(policy = ReferencePolicy.DYNAMIC, cardinality = ReferenceCardinality.OPTIONAL,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile LoweringService lowering;

    @Reference(policy = ReferencePolicy.DYNAMIC, cardinality = ReferenceCardinality.OPTIONAL,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile BuildBackend buildBackend;

    @Reference(policy = ReferencePolicy.DYNAMIC, cardinality = ReferenceCardinality.MULTIPLE)
    void addRunBackend(RunBackend backend) {
        runBackends.add(backend);
    }

    void removeRunBackend(RunBackend backend) {
        runBackends.remove(backend);
    }

    /** The toolchain as this component sees it now. */
    Toolchain toolchain() {
        return new Toolchain(() -> lowering, this::runBackendsByName, () -> buildBackend);
    }

    private SortedMap<String, RunBackend> runBackendsByName() {
        SortedMap<String, RunBackend> byName = new TreeMap<>();
        runBackends.forEach(backend -> byName.put(backend.name(), backend));
        return byName;
    }

    @Override
    public int applyAsInt(String[] args) {
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        OutputStream err = new BufferedOutputStream(new FileOutputStream(FileDescriptor.err), 1 << 12);
        Console console = new Console(out, err, new FileInputStream(FileDescriptor.in));
        try {
            return BeskidCommandLine.execute(new ProgramActions(toolchain()), console, args);
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
