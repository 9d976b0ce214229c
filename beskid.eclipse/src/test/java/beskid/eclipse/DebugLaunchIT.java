package beskid.eclipse;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.sun.jdi.Bootstrap;
import com.sun.jdi.IntegerValue;
import com.sun.jdi.Location;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.StackFrame;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.connect.AttachingConnector;
import com.sun.jdi.connect.Connector;
import com.sun.jdi.event.BreakpointEvent;
import com.sun.jdi.event.ClassPrepareEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.EventSet;
import com.sun.jdi.request.BreakpointRequest;
import com.sun.jdi.request.ClassPrepareRequest;
import com.sun.jdi.request.EventRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IProcess;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * A debug-mode launch: the program runs in a child JVM whose debug agent waits on the port the
 * process names; a JVM debugger (JDI here, as Eclipse's Java debugger uses it) stops on a line
 * of the {@code .bd} file and reads a local by its Beskid name; the run then ends normally.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DebugLaunchIT {
    private static final String PORT = "beskid.eclipse.debugPort"; // DebugRun.PORT
    private static final String PROGRAM = "use Std.System.IO;\n\ni32 main() {\n    i32 answer = 6 * 7;\n"
            + "    IO.Println(\"answer\");\n    return answer;\n}\n";

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() throws Exception {
        return new Option[] {Equinox.withWorkspace()};
    }

    @Test
    public void aDebugLaunchStopsOnALineOfTheBdFile() throws Exception {
        Equinox.awaitService(context, "(objectClass=beskid.lowering.api.BuildBackend)");
        IProject project = ResourcesProjects.next("debug");
        IFile file = BuilderIT.write(project, "main.bd", PROGRAM);
        IProcess process = LaunchIT.launch(file, ILaunchManager.DEBUG_MODE, List.of());
        String port = process.getAttribute(PORT);
        assertNotNull("the process names its debug port", port);
        assertFalse("suspended until a debugger attaches", process.isTerminated());

        VirtualMachine vm = attach(Integer.parseInt(port));
        ClassPrepareRequest prepare = vm.eventRequestManager().createClassPrepareRequest();
        prepare.addSourceNameFilter("main.bd");
        prepare.setSuspendPolicy(EventRequest.SUSPEND_EVENT_THREAD);
        prepare.enable();
        vm.resume();
        ClassPrepareEvent prepared = next(vm, ClassPrepareEvent.class);
        ReferenceType type = prepared.referenceType();
        assertEquals("main.bd", type.sourcePaths("Beskid").get(0));
        List<Location> line5 = type.locationsOfLine("Beskid", "main.bd", 5);
        BreakpointRequest breakpoint = vm.eventRequestManager().createBreakpointRequest(line5.get(0));
        breakpoint.setSuspendPolicy(EventRequest.SUSPEND_EVENT_THREAD);
        breakpoint.enable();
        prepared.thread().resume();

        BreakpointEvent hit = next(vm, BreakpointEvent.class);
        StackFrame frame = hit.thread().frame(0);
        assertEquals(5, frame.location().lineNumber());
        assertEquals(42, ((IntegerValue) frame.getValue(frame.visibleVariableByName("answer"))).value());
        breakpoint.disable();
        vm.resume();

        LaunchIT.await(process);
        assertEquals(42, process.getExitValue());
        assertEquals(
                "answer\n", process.getStreamsProxy().getOutputStreamMonitor().getContents());
    }

    @Test
    public void withoutTheAotBundleADebugLaunchSaysNoBackend() throws Exception {
        Equinox.awaitService(context, "(objectClass=beskid.lowering.api.BuildBackend)");
        IFile file = BuilderIT.write(ResourcesProjects.next("debug"), "main.bd", PROGRAM);
        Bundle aot = Equinox.installed(context, "beskid.backend.aot");
        aot.stop();
        try {
            LaunchIT.launch(file, ILaunchManager.DEBUG_MODE, List.of());
            fail("a debug launch without the AOT backend");
        } catch (CoreException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("no backend: the Beskid AOT backend"));
        } finally {
            aot.start();
        }
    }

    private static <E extends Event> E next(VirtualMachine vm, Class<E> type) throws InterruptedException {
        while (true) {
            EventSet set = vm.eventQueue().remove(Equinox.WAIT_MILLIS);
            assertNotNull("an event (waiting for " + type.getSimpleName() + ")", set);
            for (Event e : set) {
                if (type.isInstance(e)) {
                    return type.cast(e);
                }
            }
            set.resume();
        }
    }

    /** Attaches to the agent, which may take a moment to listen after the process started. */
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
            }
        }
        throw last;
    }
}
