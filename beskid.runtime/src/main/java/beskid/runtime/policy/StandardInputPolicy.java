package beskid.runtime.policy;

import beskid.abi.InputPolicy;
import beskid.abi.RunContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Default read policy: descriptor 0 reads the run's stdin, anything else is refused (empty). */
@Component(service = InputPolicy.class, configurationPid = StandardInputPolicy.PID)
@Designate(ocd = StandardInputPolicy.Config.class)
public final class StandardInputPolicy implements InputPolicy {
    /** ConfigAdmin PID. */
    public static final String PID = "beskid.runtime.input";

    private static final byte[] NOTHING = new byte[0];
    private static final int MAX_READ = 1 << 20;

    /** Whether programs may read descriptor 0. */
    @ObjectClassDefinition(name = "Beskid input policy")
    public @interface Config {
        @AttributeDefinition(description = "Allow reads from descriptor 0 (stdin)")
        boolean stdin() default true;
    }

    private volatile boolean stdin = true;

    /** The default policy, as used outside a container. */
    public StandardInputPolicy() {}

    @Activate
    @Modified
    void configure(Config config) {
        stdin = config.stdin();
    }

    @Override
    public byte[] read(RunContext run, long fd, long max) {
        if (fd != 0 || !stdin || max <= 0) {
            return NOTHING;
        }
        byte[] buffer = new byte[(int) Math.min(max, MAX_READ)];
        try {
            int n = run.stdin().read(buffer);
            if (n <= 0) {
                return NOTHING;
            }
            byte[] result = new byte[n];
            System.arraycopy(buffer, 0, result, 0, n);
            return result;
        } catch (IOException e) {
            return NOTHING;
        }
    }

    @Override
    public String readLine(RunContext run) {
        if (!stdin) {
            return "";
        }
        InputStream in = run.stdin();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                line.write(b);
            }
        } catch (IOException e) {
            // What was read before the failure is the line; the next read sees the end.
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
}
