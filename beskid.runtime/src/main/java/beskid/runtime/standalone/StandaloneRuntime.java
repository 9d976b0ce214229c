package beskid.runtime.standalone;

import beskid.abi.ExecutionEntry;
import beskid.abi.Linkage;
import beskid.runtime.execution.ExecutionEngine;
import beskid.runtime.execution.Policies;
import beskid.runtime.policy.StandardEnvironmentPolicy;
import beskid.runtime.policy.StandardInputPolicy;
import beskid.runtime.policy.StandardOutputPolicy;
import beskid.runtime.policy.StandardProcessPolicy;
import beskid.runtime.policy.SystemClockPolicy;
import beskid.runtime.policy.ThreadSchedulingPolicy;
import beskid.runtime.symbols.RuntimeSymbolProvider;

/**
 * The runtime outside a container (an executable jar, a unit test): the same engine, symbols
 * and default policies the DS components provide, wired by hand.
 */
public final class StandaloneRuntime {
    private StandaloneRuntime() {}

    /** The default policies. */
    public static Policies defaultPolicies() {
        return new Policies(
                new StandardOutputPolicy(),
                new StandardInputPolicy(),
                new StandardProcessPolicy(),
                new StandardEnvironmentPolicy(),
                new SystemClockPolicy(),
                new ThreadSchedulingPolicy());
    }

    /** Installs the symbol implementations and returns an execution entry with the default policies. */
    public static ExecutionEntry start() {
        Linkage.install(new RuntimeSymbolProvider());
        return new ExecutionEngine(defaultPolicies());
    }
}
