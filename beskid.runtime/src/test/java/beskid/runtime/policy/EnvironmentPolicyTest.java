package beskid.runtime.policy;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.abi.RunContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The environment policy shows set variables and hides exactly the configured ones. */
class EnvironmentPolicyTest {
    /** A variable every test JVM has (Maven and the JDK launcher need it). */
    private static final String SET = System.getenv().containsKey("PATH") ? "PATH" : firstVariable();

    private static String firstVariable() {
        return System.getenv().keySet().iterator().next();
    }

    private final RunContext run = RunContext.of(
            new ByteArrayOutputStream(), new ByteArrayOutputStream(), new ByteArrayInputStream(new byte[0]), List.of());

    private static StandardEnvironmentPolicy configured(boolean denyAll, String... denied) {
        StandardEnvironmentPolicy policy = new StandardEnvironmentPolicy();
        policy.configure(new StandardEnvironmentPolicy.Config() {
            @Override
            public boolean denyAll() {
                return denyAll;
            }

            @Override
            public String[] denied() {
                return denied;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return StandardEnvironmentPolicy.Config.class;
            }
        });
        return policy;
    }

    @Test
    void testGet_aSetVariableIsVisibleByDefault() {
        assertThat(new StandardEnvironmentPolicy().get(run, SET)).isNotEmpty().isEqualTo(System.getenv(SET));
    }

    @Test
    void testGet_aDeniedVariableReadsEmptyAndOthersStayVisible() {
        StandardEnvironmentPolicy policy = configured(false, SET);
        assertThat(policy.get(run, SET)).isEmpty();
        String other = System.getenv().keySet().stream()
                .filter(name -> !name.equals(SET) && !System.getenv(name).isEmpty())
                .findFirst()
                .orElse(null);
        if (other != null) {
            assertThat(policy.get(run, other)).isEqualTo(System.getenv(other));
        }
    }

    @Test
    void testGet_denyAllHidesEverySetVariable() {
        assertThat(configured(true).get(run, SET)).isEmpty();
        assertThat(configured(false).get(run, SET)).isEqualTo(System.getenv(SET));
    }
}
