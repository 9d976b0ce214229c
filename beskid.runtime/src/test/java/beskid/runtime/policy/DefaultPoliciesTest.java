package beskid.runtime.policy;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.abi.RunContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default platform policies, as DS registers them and a standalone executable uses them. */
class DefaultPoliciesTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private RunContext context(String stdin) {
        return RunContext.of(out, err, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), List.of("x"));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void testWrite_fd1AndFd2GoToTheRunsStreams() {
        StandardOutputPolicy policy = new StandardOutputPolicy();
        RunContext run = context("");
        assertThat(policy.write(run, 1, utf8("out\u00e9"))).isEqualTo(5);
        assertThat(policy.write(run, 2, utf8("err"))).isEqualTo(3);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("out\u00e9");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("err");
    }

    @Test
    void testWrite_otherDescriptorsAreRefused() {
        StandardOutputPolicy policy = new StandardOutputPolicy();
        RunContext run = context("");
        assertThat(policy.write(run, 9, utf8("x"))).isEqualTo(-1);
        assertThat(policy.write(run, 0, utf8("x"))).isEqualTo(-1);
        assertThat(policy.write(run, -1, utf8("x"))).isEqualTo(-1);
        assertThat(out.size() + err.size()).isZero();
    }

    @Test
    void testWrite_aFailingSinkReportsMinusOne() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("closed");
            }
        };
        RunContext run = RunContext.of(broken, broken, new ByteArrayInputStream(new byte[0]), List.of());
        assertThat(new StandardOutputPolicy().write(run, 1, utf8("x"))).isEqualTo(-1);
    }

    @Test
    void testWrite_configurationRefusesStdout() {
        StandardOutputPolicy policy = new StandardOutputPolicy();
        policy.configure(new StandardOutputPolicy.Config() {
            @Override
            public boolean stdout() {
                return false;
            }

            @Override
            public boolean stderr() {
                return true;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return StandardOutputPolicy.Config.class;
            }
        });
        RunContext run = context("");
        assertThat(policy.write(run, 1, utf8("x"))).isEqualTo(-1);
        assertThat(policy.write(run, 2, utf8("y"))).isEqualTo(1);
        assertThat(out.size()).isZero();
    }

    @Test
    void testRead_otherDescriptorsReadNothingAndLeaveStdinAlone() {
        StandardInputPolicy policy = new StandardInputPolicy();
        RunContext run = context("abc");
        assertThat(policy.read(run, 99, 10)).isEmpty();
        assertThat(policy.read(run, 0, 0)).isEmpty();
        assertThat(policy.read(run, 0, 2)).isEqualTo(utf8("ab"));
        assertThat(policy.read(run, 0, 10)).isEqualTo(utf8("c"));
        assertThat(policy.read(run, 0, 10)).isEmpty();
    }

    @Test
    void testReadLine_stripsTheTerminatorAndReturnsEmptyAtEnd() {
        StandardInputPolicy policy = new StandardInputPolicy();
        RunContext run = context("first\nsecond\r\n\nlast");
        assertThat(policy.readLine(run)).isEqualTo("first");
        assertThat(policy.readLine(run)).isEqualTo("second");
        assertThat(policy.readLine(run)).isEqualTo("");
        assertThat(policy.readLine(run)).isEqualTo("last");
        assertThat(policy.readLine(run)).isEqualTo("");
        assertThat(policy.readLine(run)).isEqualTo("");
    }

    @Test
    void testProcess_argumentsAndExitCode() {
        StandardProcessPolicy policy = new StandardProcessPolicy();
        assertThat(policy.arguments(context(""))).containsExactly("x");
        assertThat(policy.exitCode(300)).isEqualTo(44);
        assertThat(policy.exitCode(-1)).isEqualTo(255);
        assertThat(policy.exitCode(256)).isZero();
    }

    @Test
    void testEnvironment_unsetIsEmpty() {
        assertThat(new StandardEnvironmentPolicy().get(context(""), "BESKID_SURELY_UNSET_VARIABLE_42"))
                .isEmpty();
    }
}
