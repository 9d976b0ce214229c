package beskid.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import beskid.abi.ExecutionEntry;
import beskid.lowering.api.BackendUnavailableException;
import beskid.lowering.api.LoweringService;
import beskid.lowering.api.RunBackend;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.SynchronousBundleListener;

/**
 * Hot swap (issue 4): the JIT backend is stopped, updated, uninstalled and reinstalled while the
 * container runs and while a program is in flight; the lowering bundle is stopped and updated
 * under a JIT that stays up. No run is lost, the gap is reported as "no backend available" or
 * as {@link BackendUnavailableException}, and nothing else (runtime, lowering, framework)
 * restarts. The time of a swap is printed, never asserted.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotSwapIT {
    private static final int MEASURED_SWAPS = 20;

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return new Option[] {Container.toolchain()};
    }

    private Bundle bundle(String symbolicName) {
        return Container.installedBundle(context, symbolicName);
    }

    /** Whatever a test did, the next one starts with the JIT and lowering installed and ACTIVE. */
    @After
    public void restoreToolchain() throws BundleException {
        boolean jitInstalled = false;
        for (Bundle b : context.getBundles()) {
            jitInstalled |= Container.JIT.equals(b.getSymbolicName());
        }
        if (!jitInstalled) {
            context.installBundle(Container.location(Container.JIT));
        }
        for (String name : List.of(Container.LOWERING, Container.JIT)) {
            if (bundle(name).getState() != Bundle.ACTIVE) {
                bundle(name).start();
            }
        }
    }

    /**
     * What must not change across a swap: the framework, the runtime and lowering bundles stay
     * ACTIVE and keep their services (same service.id: they were never restarted), and so does
     * this test's probe.
     */
    private record Landmarks(
            long runtimeBundle,
            long executionEntryService,
            long loweringBundle,
            long loweringService,
            long probeBundle) {}

    private Landmarks landmarks() {
        return new Landmarks(
                bundle(Container.RUNTIME).getBundleId(),
                Backends.serviceId(context.getServiceReference(ExecutionEntry.class)),
                bundle(Container.LOWERING).getBundleId(),
                Backends.serviceId(context.getServiceReference(LoweringService.class)),
                FrameworkUtil.getBundle(getClass()).getBundleId());
    }

    private void assertContainerUntouched(Landmarks before) {
        assertEquals(Bundle.ACTIVE, context.getBundle(0).getState());
        assertEquals(Bundle.ACTIVE, bundle(Container.RUNTIME).getState());
        assertEquals(Bundle.ACTIVE, bundle(Container.LOWERING).getState());
        assertEquals(Bundle.ACTIVE, FrameworkUtil.getBundle(getClass()).getState());
        assertEquals("nothing was restarted", before, landmarks());
    }

    /** A long run started on another thread, certainly in flight: it printed and loops until its gate opens. */
    private static final class InFlight {
        private final Backends.Gate gate = new Backends.Gate();
        private final Backends.Watched stdout = new Backends.Watched("started");
        private final CompletableFuture<Backends.Run> run;

        InFlight(RunBackend backend) {
            run = CompletableFuture.supplyAsync(() -> Backends.run(backend, "long.bd", Backends.LOOPING, gate, stdout));
            Backends.await(stdout.seen, "the long run printed `started`");
            Backends.await(() -> gate.lines() > 0, "the long run loops");
            assertTrue("the long run is in flight", !run.isDone());
        }

        /**
         * After a swap: the program is still looping (it reads more lines), then the gate opens and
         * it ends as if nothing had happened.
         */
        void assertFinishes() throws InterruptedException, ExecutionException, TimeoutException {
            long seen = gate.lines();
            Backends.await(() -> gate.lines() > seen + 1 || run.isDone(), "the long run kept looping after the swap");
            assertTrue("the long run is still in flight: " + (run.isDone() ? run.join() : ""), !run.isDone());
            gate.open();
            Backends.Run result = run.get(Container.WAIT_MILLIS, TimeUnit.MILLISECONDS);
            result.assertExit("started\nresumed\n", 42);
        }
    }

    private void assertHelloRuns(RunBackend backend) {
        Backends.run(backend, "hello.bd", Backends.HELLO).assertExit("hi\n", 7);
    }

    /** What a tool (the Gogo command beskid:run) answers now for a JIT run. */
    private String toolAnswer() throws Exception {
        try (Shell shell = new Shell(context)) {
            return String.valueOf(shell.execute("beskid:run " + shell.write("hello.bd", Backends.HELLO)));
        }
    }

    /** After a swap: a new JIT service serves runs, the in-flight run finished, nothing else moved. */
    private void assertNewJitServes(long oldService, InFlight inFlight, Landmarks before) throws Exception {
        ServiceReference<RunBackend> fresh = Backends.reference(context, "jit");
        assertNotEquals(oldService, Backends.serviceId(fresh));
        assertHelloRuns(context.getService(fresh));
        inFlight.assertFinishes();
        assertContainerUntouched(before);
    }

    private void assertNoJitBackend() throws Exception {
        assertEquals(List.of(), Backends.references(context, "jit"));
        String answer = toolAnswer();
        assertTrue(answer, answer.startsWith("beskid: no backend available"));
    }

    /**
     * Gives the JIT a new revision that has run nothing yet, so the in-flight run is the first on
     * its class loader: whatever the backend still has to load after the program ends (the
     * result types) is loaded after the swap, from the revision being replaced.
     */
    private static void freshRevision(Bundle jit) throws BundleException {
        jit.update();
        assertEquals(Bundle.ACTIVE, jit.getState());
    }

    @Test
    public void testJit_runsAProgramWithCapturedOutput() {
        assertEquals(Bundle.ACTIVE, bundle(Container.JIT).getState());
        assertHelloRuns(Backends.runBackend(context, "jit"));
    }

    @Test
    public void testJitStop_inFlightRunFinishes_gapHasNoBackend_startServesAgain() throws Exception {
        Landmarks before = landmarks();
        Bundle jit = bundle(Container.JIT);
        long oldService = Backends.serviceId(Backends.reference(context, "jit"));
        InFlight inFlight = new InFlight(Backends.runBackend(context, "jit"));

        jit.stop();
        assertEquals(Bundle.RESOLVED, jit.getState());
        assertNoJitBackend();

        jit.start();
        assertNewJitServes(oldService, inFlight, before);
    }

    @Test
    public void testJitUpdate_inFlightRunFinishes_gapHasNoBackend_newRevisionServes() throws Exception {
        Landmarks before = landmarks();
        Bundle jit = bundle(Container.JIT);
        freshRevision(jit);
        long oldService = Backends.serviceId(Backends.reference(context, "jit"));
        InFlight inFlight = new InFlight(Backends.runBackend(context, "jit"));

        // the gap: after the old revision stopped, before the new one starts
        List<Object> gap = Collections.synchronizedList(new ArrayList<>());
        SynchronousBundleListener listener = event -> {
            if (event.getBundle().equals(jit) && event.getType() == BundleEvent.UPDATED) {
                gap.add(Backends.references(context, "jit"));
                try {
                    gap.add(toolAnswer());
                } catch (Exception e) {
                    gap.add(e);
                }
            }
        };
        context.addBundleListener(listener);
        try {
            jit.update(); // from its location: the jar in target/bundles
        } finally {
            context.removeBundleListener(listener);
        }
        assertEquals("the listener saw the gap once", 2, gap.size());
        assertEquals(List.of(), gap.get(0));
        assertTrue(String.valueOf(gap.get(1)), String.valueOf(gap.get(1)).startsWith("beskid: no backend available"));

        assertEquals(Bundle.ACTIVE, jit.getState());
        assertNewJitServes(oldService, inFlight, before);
    }

    @Test
    public void testJitUninstallReinstall_inFlightRunFinishes_gapHasNoBackend_reinstalledServes() throws Exception {
        Landmarks before = landmarks();
        Bundle jit = bundle(Container.JIT);
        freshRevision(jit);
        long oldService = Backends.serviceId(Backends.reference(context, "jit"));
        InFlight inFlight = new InFlight(Backends.runBackend(context, "jit"));

        jit.uninstall();
        assertEquals(Bundle.UNINSTALLED, jit.getState());
        assertNoJitBackend();

        Bundle again = context.installBundle(Container.location(Container.JIT));
        again.start();
        assertNotEquals(jit.getBundleId(), again.getBundleId());
        assertNewJitServes(oldService, inFlight, before);
    }

    @Test
    public void testLoweringStop_jitKeepsItsService_gapThrowsBackendUnavailable_startServesAgain() throws Exception {
        Bundle lowering = bundle(Container.LOWERING);
        Bundle jit = bundle(Container.JIT);
        long jitService = Backends.serviceId(Backends.reference(context, "jit"));
        long executionEntry = Backends.serviceId(context.getServiceReference(ExecutionEntry.class));
        RunBackend backend = Backends.runBackend(context, "jit");
        // a run already lowered is not disturbed by lowering going away
        InFlight inFlight = new InFlight(backend);

        lowering.stop();
        assertEquals(Bundle.ACTIVE, jit.getState());
        assertEquals(
                "same JIT component (dynamic reference)",
                jitService,
                Backends.serviceId(Backends.reference(context, "jit")));
        BackendUnavailableException gap = assertThrows(
                BackendUnavailableException.class, () -> Backends.run(backend, "hello.bd", Backends.HELLO));
        assertTrue(gap.getMessage(), gap.getMessage().contains("lowering service is not available"));
        String answer = toolAnswer();
        assertTrue(answer, answer.startsWith("beskid: ") && answer.contains("lowering service is not available"));
        inFlight.assertFinishes();

        lowering.start();
        assertEquals(jitService, Backends.serviceId(Backends.reference(context, "jit")));
        assertHelloRuns(backend);
        assertEquals(Bundle.ACTIVE, bundle(Container.RUNTIME).getState());
        assertEquals(executionEntry, Backends.serviceId(context.getServiceReference(ExecutionEntry.class)));
    }

    @Test
    public void testLoweringUpdate_jitKeepsItsService_gapThrowsBackendUnavailable_newRevisionServes() throws Exception {
        Bundle lowering = bundle(Container.LOWERING);
        Bundle jit = bundle(Container.JIT);
        long jitService = Backends.serviceId(Backends.reference(context, "jit"));
        long loweringService = Backends.serviceId(context.getServiceReference(LoweringService.class));
        long executionEntry = Backends.serviceId(context.getServiceReference(ExecutionEntry.class));
        RunBackend backend = Backends.runBackend(context, "jit");

        AtomicReference<Throwable> gap = new AtomicReference<>();
        SynchronousBundleListener listener = event -> {
            if (event.getBundle().equals(lowering) && event.getType() == BundleEvent.UPDATED) {
                try {
                    Backends.run(backend, "hello.bd", Backends.HELLO);
                    gap.set(new AssertionError("a run worked while lowering was being updated"));
                } catch (Throwable t) {
                    gap.set(t);
                }
            }
        };
        context.addBundleListener(listener);
        try {
            lowering.update();
        } finally {
            context.removeBundleListener(listener);
        }
        assertNotNull("the listener saw the gap", gap.get());
        assertTrue(String.valueOf(gap.get()), gap.get() instanceof BackendUnavailableException);
        assertTrue(gap.get().getMessage(), gap.get().getMessage().contains("lowering service is not available"));

        assertEquals(Bundle.ACTIVE, lowering.getState());
        assertEquals(Bundle.ACTIVE, jit.getState());
        assertNotEquals(
                "a new lowering service",
                loweringService,
                Backends.serviceId(context.getServiceReference(LoweringService.class)));
        assertEquals(
                "same JIT component (dynamic reference)",
                jitService,
                Backends.serviceId(Backends.reference(context, "jit")));
        assertHelloRuns(backend);
        assertEquals(Bundle.ACTIVE, bundle(Container.RUNTIME).getState());
        assertEquals(executionEntry, Backends.serviceId(context.getServiceReference(ExecutionEntry.class)));
    }

    /**
     * Prints (and writes to target/hot-swap-FRAMEWORK.txt) how long a JIT stop+start takes until
     * its RunBackend is registered again, and until the first run on the new component is done.
     * Never asserted on; each swap must still end with a working backend.
     */
    @Test
    public void testJitSwap_measuredNotAsserted() throws Exception {
        Bundle jit = bundle(Container.JIT);
        assertHelloRuns(Backends.runBackend(context, "jit"));
        long[] registered = new long[MEASURED_SWAPS];
        long[] firstRun = new long[MEASURED_SWAPS];
        AtomicReference<Long> registeredAt = new AtomicReference<>();
        ServiceListener listener = event -> {
            if (event.getType() == ServiceEvent.REGISTERED) {
                registeredAt.compareAndSet(null, System.nanoTime());
            }
        };
        context.addServiceListener(listener, Backends.filter("jit"));
        try {
            for (int i = 0; i < MEASURED_SWAPS; i++) {
                registeredAt.set(null);
                long start = System.nanoTime();
                jit.stop();
                jit.start();
                ServiceReference<RunBackend> fresh = Backends.reference(context, "jit");
                assertHelloRuns(context.getService(fresh));
                long done = System.nanoTime();
                assertNotNull("a REGISTERED event for the new JIT service", registeredAt.get());
                registered[i] = registeredAt.get() - start;
                firstRun[i] = done - start;
            }
        } finally {
            context.removeServiceListener(listener);
        }
        String framework = context.getBundle(0).getSymbolicName();
        String report = String.format(
                Locale.ROOT,
                "hot swap on %s over %d JIT stop+start swaps: registered again after min %.2f / median %.2f / max %.2f ms;"
                        + " first run done after min %.2f / median %.2f / max %.2f ms%n",
                framework,
                MEASURED_SWAPS,
                ms(registered, 0),
                ms(registered, 50),
                ms(registered, 100),
                ms(firstRun, 0),
                ms(firstRun, 50),
                ms(firstRun, 100));
        System.out.print(report);
        try {
            Files.writeString(Path.of("target", "hot-swap-" + framework + ".txt"), report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.out.println("could not write the hot swap report: " + e);
        }
    }

    private static double ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, sorted.length * percentile / 100);
        return sorted[index] / 1e6;
    }
}
