package beskid.cli.command;

import beskid.lowering.api.BuildBackend;
import beskid.lowering.api.LoweringService;
import beskid.lowering.api.RunBackend;
import beskid.lowering.format.api.FormatService;
import beskid.lsp.api.LanguageServerEndpoint;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Tracks the lowering service and the backends for every command front end (the command line
 * and the Gogo shell). All references are dynamic: a backend or lowering bundle can be
 * stopped, updated or replaced while the CLI stays up.
 */
@Component(service = ToolchainComponent.class)
public final class ToolchainComponent {
    private final List<RunBackend> runBackends = new CopyOnWriteArrayList<>();

    @Reference(
            policy = ReferencePolicy.DYNAMIC,
            cardinality = ReferenceCardinality.OPTIONAL,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile LoweringService lowering;

    @Reference(
            policy = ReferencePolicy.DYNAMIC,
            cardinality = ReferenceCardinality.OPTIONAL,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile BuildBackend buildBackend;

    @Reference(
            policy = ReferencePolicy.DYNAMIC,
            cardinality = ReferenceCardinality.OPTIONAL,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile FormatService formatter;

    @Reference(
            policy = ReferencePolicy.DYNAMIC,
            cardinality = ReferenceCardinality.OPTIONAL,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile LanguageServerEndpoint languageServer;

    @Reference(policy = ReferencePolicy.DYNAMIC, cardinality = ReferenceCardinality.MULTIPLE)
    void addRunBackend(RunBackend backend) {
        runBackends.add(backend);
    }

    void removeRunBackend(RunBackend backend) {
        runBackends.remove(backend);
    }

    /** The services as they are at each moment of use. */
    public Toolchain toolchain() {
        return new Toolchain(
                () -> lowering, this::runBackendsByName, () -> buildBackend, () -> formatter, () -> languageServer);
    }

    private SortedMap<String, RunBackend> runBackendsByName() {
        SortedMap<String, RunBackend> byName = new TreeMap<>();
        runBackends.forEach(backend -> byName.put(backend.name(), backend));
        return byName;
    }
}
