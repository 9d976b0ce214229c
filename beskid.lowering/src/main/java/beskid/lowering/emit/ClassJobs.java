package beskid.lowering.emit;

import beskid.lowering.ast.SourcePos;
import beskid.lowering.sema.InternalErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes the classes of one large module side by side: the module's own class and the parts it
 * spills into (see {@link JvmTypes#FUNCTIONS_PER_CLASS}) share only what does not depend on
 * the order of writing (sets read in their sort order, adapters named by their shapes), so each
 * can be written on a core of its own and the output is the same bytes as one after the other. The results come back in the jobs' order, and a failure is the
 * one the first failing job (in that order) met, with the position it was working on, exactly
 * as a single thread would have reported it.
 *
 * <p>Two lanes at most: the calling thread and one helper with the caller's large stack (the
 * emitter recurses over expressions).
 */
final class ClassJobs {
    /** Lanes for a module of several classes; tests set 1 to compare with one after the other. */
    static volatile int lanes = Math.min(2, Runtime.getRuntime().availableProcessors());

    private static final long STACK_BYTES = 64L << 20;

    private ClassJobs() {}

    /**
     * Runs the jobs (each weighing about {@code weights[i]}) on two threads, the caller's and a
     * helper's, and returns their results in order; with one job, or one lane, runs them in
     * order on the caller's thread.
     */
    static <T> List<T> run(List<Supplier<T>> jobs, int[] weights) {
        int n = jobs.size();
        if (n < 2 || lanes < 2) {
            List<T> results = new ArrayList<>(n);
            jobs.forEach(job -> results.add(job.get()));
            return results;
        }
        Outcome<T>[] outcomes = outcomes(n);
        boolean[] helperLane = split(weights);
        Thread helper = new Thread(
                null, () -> runLane(jobs, outcomes, helperLane, true), "beskid-lowering-classes", STACK_BYTES);
        helper.setDaemon(true);
        try {
            helper.start();
        } catch (OutOfMemoryError e) {
            helper = null;
        }
        runLane(jobs, outcomes, helperLane, false);
        if (helper != null) {
            joinUninterruptibly(helper);
        } else {
            runLane(jobs, outcomes, helperLane, true); // no thread to be had: this one writes them all
        }
        List<T> results = new ArrayList<>(n);
        for (Outcome<T> o : outcomes) {
            if (o.failure != null) {
                InternalErrors.at(o.position);
                throwUnchecked(o.failure);
            }
            results.add(o.result);
        }
        return results;
    }

    /** Assigns each job to the helper (true) or the caller, greedily by weight, heaviest first. */
    private static boolean[] split(int[] weights) {
        boolean[] helper = new boolean[weights.length];
        long mine = 0;
        long theirs = 0;
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(weights[b], weights[a]));
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
            List<Supplier<T>> jobs, Outcome<T>[] outcomes, boolean[] helperLane, boolean helperSide) {
        for (int i = 0; i < outcomes.length; i++) {
            if (helperLane[i] != helperSide) {
                continue;
            }
            InternalErrors.reset();
            try {
                outcomes[i].result = jobs.get(i).get();
            } catch (RuntimeException | Error e) {
                outcomes[i].failure = e;
                outcomes[i].position = InternalErrors.last();
            }
        }
    }

    private static final class Outcome<T> {
        T result;
        Throwable failure;
        SourcePos position;
    }

    @SuppressWarnings("unchecked")
    private static <T> Outcome<T>[] outcomes(int n) {
        Outcome<T>[] o = new Outcome[n];
        for (int i = 0; i < n; i++) {
            o[i] = new Outcome<>();
        }
        return o;
    }

    private static void joinUninterruptibly(Thread t) {
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

    private static void throwUnchecked(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        throw (Error) t;
    }
}
