package beskid.runtime.execution;

import beskid.abi.ClockPolicy;
import beskid.abi.EnvironmentPolicy;
import beskid.abi.InputPolicy;
import beskid.abi.OutputPolicy;
import beskid.abi.ProcessPolicy;
import beskid.abi.SchedulingPolicy;
import java.util.Objects;

/** The platform policies one run uses, captured when the run starts so a run is consistent. */
public record Policies(
        OutputPolicy output,
        InputPolicy input,
        ProcessPolicy process,
        EnvironmentPolicy environment,
        ClockPolicy clock,
        SchedulingPolicy scheduling) {
    /** Requires every policy. */
    public Policies {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(scheduling, "scheduling");
    }
}
