package beskid.runtime.policy;

import beskid.abi.OutputPolicy;
import beskid.abi.RunContext;
import java.io.IOException;
import java.io.OutputStream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Default write policy: descriptor 1 to the run's stdout, 2 to its stderr, anything else refused. */
@Component(service = OutputPolicy.class, configurationPid = StandardOutputPolicy.PID)
@Designate(ocd = StandardOutputPolicy.Config.class)
public final class StandardOutputPolicy implements OutputPolicy {
    /** ConfigAdmin PID. */
    public static final String PID = "beskid.runtime.output";

    /** Which standard descriptors programs may write. */
    @ObjectClassDefinition(name = "Beskid output policy")
    public @interface Config {
        @AttributeDefinition(description = "Allow writes to descriptor 1 (stdout)")
        boolean stdout() default true;

        @AttributeDefinition(description = "Allow writes to descriptor 2 (stderr)")
        boolean stderr() default true;
    }

    private volatile boolean stdout = true;
    private volatile boolean stderr = true;

    /** The default policy, as used outside a container. */
    public StandardOutputPolicy() {}

    @Activate
    @Modified
    void configure(Config config) {
        stdout = config.stdout();
        stderr = config.stderr();
    }

    @Override
    public long write(RunContext run, long fd, byte[] bytes) {
        OutputStream sink;
        if (fd == 1 && stdout) {
            sink = run.stdout();
        } else if (fd == 2 && stderr) {
            sink = run.stderr();
        } else {
            return -1;
        }
        try {
            sink.write(bytes);
            return bytes.length;
        } catch (IOException e) {
            return -1;
        }
    }
}
