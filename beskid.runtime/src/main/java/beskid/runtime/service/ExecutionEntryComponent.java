package beskid.runtime.service;

import beskid.abi.ClockPolicy;
import beskid.abi.EnvironmentPolicy;
import beskid.abi.ExecutionEntry;
import beskid.abi.InputPolicy;
import beskid.abi.Linkage;
import beskid.abi.OutputPolicy;
import beskid.abi.ProcessPolicy;
import beskid.abi.RunContext;
import beskid.abi.RunOutcome;
import beskid.abi.SchedulingPolicy;
import beskid.runtime.execution.ExecutionEngine;
import beskid.runtime.execution.Policies;
import beskid.runtime.symbols.RuntimeSymbolProvider;
import java.lang.invoke.MethodHandle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The runtime's execution entry as a service. Activating it installs the symbol
 * implementations into {@link Linkage}; it runs every program with the policy services
 * in force (a higher-ranked policy replaces the default: greedy references).
 */
@Component(service = ExecutionEntry.class, immediate = true)
public final class ExecutionEntryComponent implements ExecutionEntry {
    @Reference(policyOption = ReferencePolicyOption.GREEDY)
    private OutputPolicy output;

    @Reference(policyOption = ReferencePolicyOption.GREEDY)
    private InputPolicy input;

    @Reference(policyOption = ReferencePolicyOption.GREEDY)
    private ProcessPolicy process;

    @Reference(policyOption = ReferencePolicyOption.GREEDY)
    private EnvironmentPolicy environment;

    @Reference(policyOption = ReferencePolicyOption.GREEDY)
    private ClockPolicy clock;

    @Reference(policyOption = ReferencePolicyOption.GREEDY)
    private SchedulingPolicy scheduling;

    private RuntimeSymbolProvider symbols;
    private ExecutionEngine engine;

    @Activate
    void activate() {
        symbols = new RuntimeSymbolProvider();
        engine = new ExecutionEngine(new Policies(output, input, process, environment, clock, scheduling));
        Linkage.install(symbols);
    }

    @Deactivate
    void deactivate() {
        Linkage.uninstall(symbols);
    }

    @Override
    public RunOutcome execute(MethodHandle main, RunContext context) {
        return engine.execute(main, context);
    }
}
