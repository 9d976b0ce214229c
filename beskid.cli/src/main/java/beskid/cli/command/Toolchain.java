package beskid.cli.command;

import beskid.lowering.api.BackendUnavailableException;
import beskid.lowering.api.BuildBackend;
import beskid.lowering.api.LoweringService;
import beskid.lowering.api.RunBackend;
import beskid.lowering.format.api.FormatService;
import beskid.lsp.api.LanguageServerEndpoint;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Supplier;

/**
 * The services a command uses, looked up at the moment of use so that a backend or the
 * lowering bundle can come and go (hot swap) between commands.
 */
public final class Toolchain {
    private final Supplier<LoweringService> lowering;
    private final Supplier<SortedMap<String, RunBackend>> runBackends;
    private final Supplier<BuildBackend> buildBackend;
    private final Supplier<FormatService> formatter;
    private final Supplier<LanguageServerEndpoint> languageServer;

    /** A toolchain over the given service lookups (each may answer null / empty). */
    public Toolchain(
            Supplier<LoweringService> lowering,
            Supplier<SortedMap<String, RunBackend>> runBackends,
            Supplier<BuildBackend> buildBackend) {
        this(lowering, runBackends, buildBackend, () -> null);
    }

    /** A toolchain that can also format (each lookup may answer null / empty). */
    public Toolchain(
            Supplier<LoweringService> lowering,
            Supplier<SortedMap<String, RunBackend>> runBackends,
            Supplier<BuildBackend> buildBackend,
            Supplier<FormatService> formatter) {
        this(lowering, runBackends, buildBackend, formatter, () -> null);
    }

    /** A toolchain that can also serve the language server (each lookup may answer null / empty). */
    public Toolchain(
            Supplier<LoweringService> lowering,
            Supplier<SortedMap<String, RunBackend>> runBackends,
            Supplier<BuildBackend> buildBackend,
            Supplier<FormatService> formatter,
            Supplier<LanguageServerEndpoint> languageServer) {
        this.lowering = lowering;
        this.runBackends = runBackends;
        this.buildBackend = buildBackend;
        this.formatter = formatter;
        this.languageServer = languageServer;
    }

    /** The language server, or an exception saying it is not there. */
    public LanguageServerEndpoint languageServer() {
        LanguageServerEndpoint service = languageServer.get();
        if (service == null) {
            throw new BackendUnavailableException(
                    "the language server is not available (the beskid.lsp bundle is not running)");
        }
        return service;
    }

    /** The formatter, or an exception saying it is not there. */
    public FormatService formatter() {
        FormatService service = formatter.get();
        if (service == null) {
            throw new BackendUnavailableException(
                    "the formatter is not available (the lowering bundle is not running)");
        }
        return service;
    }

    /** The lowering service, or an exception saying it is not there. */
    public LoweringService lowering() {
        LoweringService service = lowering.get();
        if (service == null) {
            throw new BackendUnavailableException("no backend available: the lowering service is not available");
        }
        return service;
    }

    /** The run backend with this name, or an exception listing the ones there are. */
    public RunBackend runBackend(String name) {
        Map<String, RunBackend> backends = runBackends.get();
        RunBackend backend = backends.get(name);
        if (backend == null) {
            throw new BackendUnavailableException("no backend available: `" + name + "` is not running"
                    + (backends.isEmpty() ? "" : " (running: " + String.join(", ", backends.keySet()) + ")"));
        }
        return backend;
    }

    /** The running run backends by name. */
    public SortedMap<String, RunBackend> runBackends() {
        return runBackends.get();
    }

    /** The build backend, or an exception saying it is not there. */
    public BuildBackend buildBackend() {
        BuildBackend backend = buildBackend.get();
        if (backend == null) {
            throw new BackendUnavailableException("no backend available: the AOT build backend is not running");
        }
        return backend;
    }

    /** True when a build backend is running. */
    public boolean hasBuildBackend() {
        return buildBackend.get() != null;
    }
}
