package beskid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jdi.Bootstrap;
import com.sun.jdi.IntegerValue;
import com.sun.jdi.Location;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.StackFrame;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.connect.AttachingConnector;
import com.sun.jdi.connect.Connector;
import com.sun.jdi.connect.IllegalConnectorArgumentsException;
import com.sun.jdi.event.BreakpointEvent;
import com.sun.jdi.event.ClassPrepareEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.EventSet;
import com.sun.jdi.event.StepEvent;
import com.sun.jdi.event.VMDeathEvent;
import com.sun.jdi.event.VMDisconnectEvent;
import com.sun.jdi.request.BreakpointRequest;
import com.sun.jdi.request.ClassPrepareRequest;
import com.sun.jdi.request.EventRequest;
import com.sun.jdi.request.StepRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM debugger on Beskid code, as an IDE drives it through JDI: a breakpoint set by the
 * {@code .bd} file's name and a line (no class name), a local read by its Beskid name, a
 * step over to the next line, and a resume to the end, under the JIT ({@code beskid run
 * --debug}) and on an AOT executable ({@code java -agentlib:jdwp=... -jar}).
 */
class DebugIT {
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private static final String PROGRAM = """
            use Std.System.IO;

            i32 square(i32 n) {
                return n * n;
            }

            i32 main() {
                i32 mut total = 0;
                for i in range(1, 4) {
                    i32 sq = square(i);
                    total = total + sq;
                }
                IO.Println("done");
                return total;
            }
            """;
    private static final int BREAK_LINE = 10; // i32 sq = square(i);
    private static final int NEXT_LINE = 11; //  total = total + sq;

    @TempDir
    Path work;

    @Test
    void aBreakpointByFileAndLineHitsUnderTheJit() throws Exception {
        Path source = write();
        Process p = new ProcessBuilder(beskid("run", "--debug", source.toString())).start();
        p.getOutputStream().close();
        CompletableFuture<String> stdout = drain(p.getInputStream());
        int port =
                port(p.getErrorStream(), Pattern.compile("beskid: waiting for a debugger on 127\\.0\\.0\\.1:(\\d+)"));
        drain(p.getErrorStream());
        debugSession(port, source);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(14);
        assertThat(stdout.get(10, TimeUnit.SECONDS)).isEqualTo("done\n");
    }

    @Test
    void theSameSessionWorksOnAnAotExecutable() throws Exception {
        Path source = write();
        Path jar = work.resolve("main.jar");
        Process build = new ProcessBuilder(beskid("build", source.toString(), "-o", jar.toString()))
                .redirectErrorStream(true)
                .start();
        String log = drain(build.getInputStream()).get(60, TimeUnit.SECONDS);
        assertThat(build.waitFor()).as(log).isZero();
        Process p = new ProcessBuilder(
                        JAVA,
                        "-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,address=127.0.0.1:0",
                        "-jar",
                        jar.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        p.getOutputStream().close();
        // The agent prints where it listens on stdout, before the program writes anything.
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        int port = port(out, Pattern.compile("Listening for transport dt_socket at address: (\\d+)"));
        CompletableFuture<String> rest = drain(out);
        debugSession(port, source);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(14);
        assertThat(rest.get(10, TimeUnit.SECONDS)).isEqualTo("done\n");
    }

    /** The command line of the {@code beskid} launcher, as CliIT runs it. */
    private static List<String> beskid(String... args) {
        List<String> cmd = new ArrayList<>(List.of(
                JAVA,
                "-Dbeskid.bundles=" + TARGET.resolve("dist/bundles"),
                "-Dbeskid.cache=" + TARGET.resolve("it-felix-cache"),
                "-cp",
                TARGET.resolve("dist/lib/org.apache.felix.framework.jar")
                        + java.io.File.pathSeparator
                        + TARGET.resolve("beskid.cli.jar"),
                "beskid.cli.launcher.Launcher"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private Path write() throws IOException {
        Path source = work.resolve("Main.bd");
        Files.writeString(source, PROGRAM);
        return source;
    }

    /** Break in Main.bd, read locals by name, step over one line, clear and resume to the end. */
    private static void debugSession(int port, Path source) throws Exception {
        VirtualMachine vm = attach(port);
        try {
            ClassPrepareRequest prepare = vm.eventRequestManager().createClassPrepareRequest();
            prepare.addSourceNameFilter("Main.bd");
            prepare.setSuspendPolicy(EventRequest.SUSPEND_EVENT_THREAD);
            prepare.enable();
            vm.resume();

            ClassPrepareEvent prepared = next(vm, ClassPrepareEvent.class);
            ReferenceType type = prepared.referenceType();
            assertThat(type.defaultStratum()).isEqualTo("Beskid");
            assertThat(type.sourcePaths("Beskid")).containsExactly(source.toString());
            List<Location> at = type.locationsOfLine("Beskid", "Main.bd", BREAK_LINE);
            assertThat(at).isNotEmpty();
            BreakpointRequest breakpoint = vm.eventRequestManager().createBreakpointRequest(at.get(0));
            breakpoint.setSuspendPolicy(EventRequest.SUSPEND_EVENT_THREAD);
            breakpoint.enable();
            prepared.thread().resume();

            BreakpointEvent hit = next(vm, BreakpointEvent.class);
            StackFrame frame = hit.thread().frame(0);
            assertThat(frame.location().sourceName()).isEqualTo("Main.bd");
            assertThat(frame.location().lineNumber()).isEqualTo(BREAK_LINE);
            assertThat(frame.location().method().name()).isEqualTo("main");
            assertThat(local(frame, "i")).isEqualTo(1);
            assertThat(local(frame, "total")).isEqualTo(0);
            breakpoint.disable();

            StepRequest step = vm.eventRequestManager()
                    .createStepRequest(hit.thread(), StepRequest.STEP_LINE, StepRequest.STEP_OVER);
            step.addCountFilter(1);
            step.setSuspendPolicy(EventRequest.SUSPEND_EVENT_THREAD);
            step.enable();
            hit.thread().resume();

            StepEvent stepped = next(vm, StepEvent.class);
            StackFrame after = stepped.thread().frame(0);
            assertThat(after.location().lineNumber()).isEqualTo(NEXT_LINE);
            assertThat(local(after, "sq")).as("the call stepped over ran").isEqualTo(1);
            vm.eventRequestManager().deleteEventRequest(step);
            stepped.thread().resume();

            next(vm, VMDeathEvent.class);
        } finally {
            try {
                vm.dispose();
            } catch (RuntimeException e) {
                // already gone with the program
            }
        }
    }

    private static int local(StackFrame frame, String name) throws Exception {
        return ((IntegerValue) frame.getValue(frame.visibleVariableByName(name))).value();
    }

    /** The next event of the type, the VM suspended where the request said; other events are let go. */
    private static <E extends Event> E next(VirtualMachine vm, Class<E> type) throws InterruptedException {
        while (true) {
            EventSet set = vm.eventQueue().remove(60_000);
            assertThat(set)
                    .as("an event within a minute (waiting for " + type.getSimpleName() + ")")
                    .isNotNull();
            for (Event e : set) {
                if (type.isInstance(e)) {
                    return type.cast(e);
                }
                if (e instanceof VMDisconnectEvent) {
                    throw new AssertionError("the VM went away while waiting for " + type.getSimpleName());
                }
            }
            set.resume();
        }
    }

    /** Attaches to the agent, which may take a moment to listen after its port was printed. */
    private static VirtualMachine attach(int port) throws Exception {
        AttachingConnector socket = Bootstrap.virtualMachineManager().attachingConnectors().stream()
                .filter(c -> c.transport().name().equals("dt_socket"))
                .findFirst()
                .orElseThrow();
        Map<String, Connector.Argument> args = socket.defaultArguments();
        args.get("hostname").setValue("127.0.0.1");
        args.get("port").setValue(Integer.toString(port));
        IOException last = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                return socket.attach(args);
            } catch (IOException e) {
                last = e;
                Thread.sleep(100);
            } catch (IllegalConnectorArgumentsException e) {
                throw new AssertionError(e);
            }
        }
        throw last;
    }

    private static int port(InputStream stream, Pattern line) throws IOException {
        return port(new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8)), line);
    }

    private static int port(BufferedReader in, Pattern line) throws IOException {
        List<String> seen = new ArrayList<>();
        for (String l = in.readLine(); l != null; l = in.readLine()) {
            Matcher m = line.matcher(l);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            seen.add(l);
        }
        throw new AssertionError("no port announced; the output was " + seen);
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return drain(new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8)));
    }

    /** Reads the rest of a stream (through the reader that may hold a buffered part of it). */
    private static CompletableFuture<String> drain(BufferedReader reader) {
        return CompletableFuture.supplyAsync(() -> {
            StringBuilder out = new StringBuilder();
            char[] buffer = new char[4096];
            try {
                for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                    out.append(buffer, 0, n);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return out.toString();
        });
    }
}
