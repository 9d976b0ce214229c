package beskid.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.inject.Inject;
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
 * A container that keeps serving while its backends are replaced: four clients run a program
 * through the shell ({@code beskid:run}) back to back for {@link #LOAD_SECONDS} while the JIT
 * bundle is updated every 0.5 s and lowering every 2 s. Every run either completes with the
 * right output and exit code or is refused before it starts with "no backend available"; none
 * fails midway, none hangs, and no program thread is left. The figures (runs, refusals, swaps,
 * worst gap between completed runs, threads, loaded classes, metaspace after a GC) are printed,
 * never asserted.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotSwapUnderLoadIT {
    private static final int LOAD_SECONDS = Integer.getInteger("beskid.loadSeconds", 20);
    private static final int CLIENTS = 4;
    private static final long JIT_SWAP_MILLIS = 500;
    private static final int JIT_SWAPS_PER_LOWERING_SWAP = 4;
    private static final String HELLO = "use Std.System.IO;\ni32 main() {\n    IO.Println(\"hi\");\n    return 7;\n}\n";

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return new Option[] {Container.toolchain()};
    }

    /** What the clients saw. */
    private static final class Tally {
        final AtomicInteger completed = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final AtomicLong lastCompletion = new AtomicLong(System.nanoTime());
        final AtomicLong worstGapNanos = new AtomicLong();
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());

        void completed() {
            completed.incrementAndGet();
            long now = System.nanoTime();
            long gap = now - lastCompletion.getAndSet(now);
            worstGapNanos.accumulateAndGet(gap, Math::max);
        }
    }

    @Test
    public void testRunsDuringRepeatedSwaps_completeOrAreRefusedBeforeTheyStart() throws Exception {
        // Warm up once, so the figures compare a serving container before and after the load.
        try (Shell warm = new Shell(context)) {
            assertEquals("exit 7", String.valueOf(warm.execute("beskid:run " + warm.write("hello.bd", HELLO))));
        }
        Figures before = Figures.take();
        Tally tally = new Tally();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_SECONDS);
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Thread client = new Thread(() -> serve(tally, deadline), "load-client-" + i);
            clients.add(client);
            client.start();
        }
        int[] swaps = swapUntil(deadline, tally);
        for (Thread client : clients) {
            client.join(TimeUnit.SECONDS.toMillis(120));
            if (client.isAlive()) {
                tally.failures.add(client.getName() + " hung");
                client.interrupt();
            }
        }
        awaitNoProgramThreads();
        Figures after = Figures.take();
        String report = String.format(
                "HotSwapUnderLoadIT (%s): %d s, %d clients: %d runs completed, %d refused, %d failed;"
                        + " %d JIT swaps, %d lowering swaps; worst gap between completed runs %d ms;"
                        + " threads %d -> %d; loaded classes %d -> %d; metaspace after GC %d KB -> %d KB",
                context.getBundle(0).getSymbolicName(),
                LOAD_SECONDS,
                CLIENTS,
                tally.completed.get(),
                tally.refused.get(),
                tally.failures.size(),
                swaps[0],
                swaps[1],
                TimeUnit.NANOSECONDS.toMillis(tally.worstGapNanos.get()),
                before.threads,
                after.threads,
                before.loadedClasses,
                after.loadedClasses,
                before.metaspaceKb,
                after.metaspaceKb);
        System.out.println(report);
        assertEquals(
                "every run completed or was refused before it started: " + tally.failures, List.of(), tally.failures);
        assertTrue("runs completed under load", tally.completed.get() > 0);
        assertEquals("no program thread left", 0, programThreads());
        try (Shell shell = new Shell(context)) {
            String answer = String.valueOf(shell.execute("beskid:run " + shell.write("hello.bd", HELLO)));
            assertEquals("the container still serves", "exit 7", answer);
        }
        // Updates without a refresh keep the replaced revisions of lowering (its API package is
        // still wired) until a refresh: what is left after one is what a leak would be.
        refreshAll();
        Figures refreshed = Figures.take();
        System.out.printf(
                "HotSwapUnderLoadIT (%s): after a refresh: threads %d; loaded classes %d; metaspace after GC %d KB%n",
                context.getBundle(0).getSymbolicName(),
                refreshed.threads,
                refreshed.loadedClasses,
                refreshed.metaspaceKb);
    }

    private void refreshAll() throws InterruptedException {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        context.getBundle(0)
                .adapt(org.osgi.framework.wiring.FrameworkWiring.class)
                .refreshBundles(null, event -> done.countDown());
        assertTrue("refreshed", done.await(60, TimeUnit.SECONDS));
    }

    /** One client: runs the program back to back until the deadline and sorts every answer. */
    private void serve(Tally tally, long deadline) {
        try (Shell shell = new Shell(context)) {
            String file = shell.write("hello.bd", HELLO);
            while (System.nanoTime() < deadline) {
                String answer = String.valueOf(shell.execute("beskid:run " + file));
                String output = shell.takeOutput();
                if (answer.equals("exit 7") && output.equals("hi\n")) {
                    tally.completed();
                } else if (answer.startsWith("beskid: no backend available") && output.isEmpty()) {
                    tally.refused.incrementAndGet();
                } else if (tally.failures.size() < 20) {
                    tally.failures.add("answer `" + answer + "` with output `" + output + "`");
                }
            }
        } catch (Exception e) {
            tally.failures.add(Thread.currentThread().getName() + ": " + e);
        }
    }

    /** Updates the JIT every 0.5 s and lowering every 2 s until the deadline; the numbers of each. */
    private int[] swapUntil(long deadline, Tally tally) throws InterruptedException {
        Bundle jit = Container.installedBundle(context, Container.JIT);
        Bundle lowering = Container.installedBundle(context, Container.LOWERING);
        int[] swaps = new int[2];
        while (System.nanoTime() < deadline) {
            Thread.sleep(JIT_SWAP_MILLIS);
            try {
                jit.update();
                swaps[0]++;
                if (swaps[0] % JIT_SWAPS_PER_LOWERING_SWAP == 0) {
                    lowering.update();
                    swaps[1]++;
                }
            } catch (Exception e) {
                tally.failures.add("swap failed: " + e);
            }
        }
        return swaps;
    }

    private static void awaitNoProgramThreads() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (programThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static int programThreads() {
        int n = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("beskid-main") && t.isAlive()) {
                n++;
            }
        }
        return n;
    }

    /** Threads, loaded classes and metaspace, after a GC. */
    private record Figures(int threads, int loadedClasses, long metaspaceKb) {
        static Figures take() throws InterruptedException {
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(100);
            }
            long metaspace = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getName().equals("Metaspace")) {
                    metaspace = pool.getUsage().getUsed();
                }
            }
            return new Figures(
                    Thread.activeCount(),
                    ManagementFactory.getClassLoadingMXBean().getLoadedClassCount(),
                    metaspace >> 10);
        }
    }
}
