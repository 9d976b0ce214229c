package beskid.runtime.policy;

import beskid.abi.EnvironmentPolicy;
import beskid.abi.RunContext;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Default environment policy: the process environment, minus configured names. */
@Component(service = EnvironmentPolicy.class, configurationPid = StandardEnvironmentPolicy.PID)
@Designate(ocd = StandardEnvironmentPolicy.Config.class)
public final class StandardEnvironmentPolicy implements EnvironmentPolicy {
    /** ConfigAdmin PID. */
    public static final String PID = "beskid.runtime.environment";

    /** Which variables programs may not see. */
    @ObjectClassDefinition(name = "Beskid environment policy")
    public @interface Config {
        @AttributeDefinition(description = "Refuse every variable")
        boolean denyAll() default false;

        @AttributeDefinition(description = "Names of variables to refuse")
        String[] denied() default {};
    }

    private volatile boolean denyAll;
    private volatile Set<String> denied = Set.of();

    /** The default policy, as used outside a container. */
    public StandardEnvironmentPolicy() {}

    @Activate
    @Modified
    void configure(Config config) {
        denyAll = config.denyAll();
        denied = Set.of(config.denied());
    }

    @Override
    public String get(RunContext run, String name) {
        if (denyAll || denied.contains(name)) {
            return "";
        }
        String value = System.getenv(name);
        return value == null ? "" : value;
    }
}
