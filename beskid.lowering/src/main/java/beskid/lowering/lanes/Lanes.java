package beskid.lowering.lanes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs independent jobs on two lanes: the calling thread and one helper with a large stack (the
 * passes recurse over syntax trees, as on the caller's; see {@link #startBigStack}). Jobs are assigned to the
 * lanes by weight before they start, and their results come back in the jobs' order; a failure
 * is the one the first failing job, in that order, threw, as one thread running them in order
 * would have met it first. With one lane (one core, or a test comparing) the jobs run in order
 * on the calling thread.
 */
public final class Lanes {
    /** Lanes for large sources: 2 with two cores or more; tests set 1 to compare with one lane. */
    public static volatile int lanes = Math.min(2, Runtime.getRuntime().availableProcessors());

    private static final long STACK_BYTES = 64L << 20;

    private Lanes() {}

    /** Whether work is split across two lanes. */
    public static boolean sideBySide() {
        return lanes >= 2;
    }

    /**
     * Runs the jobs (each weighing about {@code weights[i]}) and returns their results in
     * order; rethrows the failure of the first job, in order, that failed.
     */
    public static <T> List<T> run(List<Supplier<T>> jobs, int[] weights) {
        int n = jobs.size();
        List<T> results = new ArrayList<>(n);
        if (n < 2 || !sideBySide()) {
            jobs.forEach(job -> results.add(job.get()));
            return results;
        }
        Object[] values = new Object[n];
        Throwable[] failures = new Throwable[n];
        boolean[] helperLane = split(weights);
        Thread helper = startBigStack("beskid-lowering-lane", () -> runLane(jobs, values, failures, helperLane, true));
        runLane(jobs, values, failures, helperLane, false);
        if (helper != null) {
            joinUninterruptibly(helper);
        } else {
            runLane(jobs, values, failures, helperLane, true); // no thread to be had: this one runs them all
        }
        for (int i = 0; i < n; i++) {
            if (failures[i] instanceof RuntimeException r) {
                throw r;
            }
            if (failures[i] instanceof Error e) {
                throw e;
            }
            @SuppressWarnings("unchecked")
            T value = (T) values[i];
            results.add(value);
        }
        return results;
    }

    /** Assigns each job to the helper (true) or the caller, greedily by weight, heaviest first. */
    private static boolean[] split(int[] weights) {
        boolean[] helper = new boolean[weights.length];
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(weights[b], weights[a]));
        long mine = 0;
        long theirs = 0;
        for (int i : order) {
            if (theirs < mine) {
                helper[i] = true;
                theirs += weights[i];
            } else {
                mine += weights[i];
            }
        }
        return helper;
    }

    private static <T> void runLane(
            List<Supplier<T>> jobs, Object[] values, Throwable[] failures, boolean[] helperLane, boolean helperSide) {
        for (int i = 0; i < values.length; i++) {
            if (helperLane[i] == helperSide) {
                try {
                    values[i] = jobs.get(i).get();
                } catch (RuntimeException | Error e) {
                    failures[i] = e;
                }
            }
        }
    }

    /**
     * Starts {@code work} on a daemon thread with a large stack (64 MiB: a long chain of binary
     * operators is as deep as it is long); null when no thread can be started.
     */
    public static Thread startBigStack(String name, Runnable work) {
        Thread thread = new Thread(null, work, name, STACK_BYTES);
        thread.setDaemon(true);
        try {
            thread.start();
            return thread;
        } catch (OutOfMemoryError e) {
            return null;
        }
    }

    /** Waits for {@code t} to end; an interrupt meanwhile is kept for the caller. */
    public static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
