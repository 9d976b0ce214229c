package beskid.runtime.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.abi.Linkage;
import beskid.runtime.execution.Policies;
import beskid.runtime.policy.StandardEnvironmentPolicy;
import beskid.runtime.policy.StandardInputPolicy;
import beskid.runtime.policy.StandardOutputPolicy;
import beskid.runtime.policy.StandardProcessPolicy;
import beskid.runtime.policy.SystemClockPolicy;
import beskid.runtime.policy.ThreadSchedulingPolicy;
import org.junit.jupiter.api.Test;

/** Outside a container the runtime is wired by hand with the same default policies DS provides. */
class StandaloneRuntimeTest {
    @Test
    void testDefaultPolicies_areTheStandardOnes() {
        Policies policies = StandaloneRuntime.defaultPolicies();
        assertThat(policies.output()).isInstanceOf(StandardOutputPolicy.class);
        assertThat(policies.input()).isInstanceOf(StandardInputPolicy.class);
        assertThat(policies.process()).isInstanceOf(StandardProcessPolicy.class);
        assertThat(policies.environment()).isInstanceOf(StandardEnvironmentPolicy.class);
        assertThat(policies.clock()).isInstanceOf(SystemClockPolicy.class);
        assertThat(policies.scheduling()).isInstanceOf(ThreadSchedulingPolicy.class);
    }

    @Test
    void testStart_installsTheSymbols() {
        Linkage.install(null); // as after the runtime bundle stopped
        assertThat(Linkage.isInstalled()).isFalse();
        assertThat(StandaloneRuntime.start()).isNotNull();
        assertThat(Linkage.isInstalled()).isTrue();
    }
}
