package beskid.runtime.execution;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;

/**
 * The loop-head checkpoint of generated code in a container ({@code run_checkpoint}): a static
 * method that checks the run's interrupt flag only while some run's cancellation is under way,
 * and that tells whether one is by reading the target of one shared {@link MutableCallSite}.
 * The JVM's optimising compiler treats the target of a constant call site as a constant and
 * records that it did, so in a compiled loop the checkpoint is nothing at all (a check of the
 * interrupt flag at every head kept field loads inside hot loops: +16% on contract dispatch),
 * and retargeting the site makes the JVM discard that code: a loop already running continues
 * in the interpreter and meets the check at its next head. The interpreter and the first-tier
 * compiler read the target as a plain field, a few nanoseconds (calling through the call site
 * instead cost 300 ns per interpreted iteration).
 */
public final class Checkpoints {
    private Checkpoints() {}

    /** What a {@code run_checkpoint} call site of generated code binds to: {@link #poll()}. */
    public static MethodHandle poller() {
        return Site.POLL;
    }

    /** A loop head: checks only while a cancellation is under way. */
    public static void poll() {
        if (Site.STATE.getTarget() == Site.CANCELLING) {
            check();
        }
    }

    /** The check itself: ends the calling run if its starter cancelled it (interrupted its thread). */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new RunCancelled();
        }
    }

    /** A run's cancellation starts: loop heads check, before its thread is interrupted. */
    static void cancellationStarted() {
        synchronized (Site.STATE) {
            if (Site.cancelling++ == 0) {
                Site.retarget(Site.CANCELLING);
            }
        }
    }

    /** The cancelled run's thread has ended. */
    static void cancellationEnded() {
        synchronized (Site.STATE) {
            if (--Site.cancelling == 0) {
                Site.retarget(Site.QUIET);
            }
        }
    }

    /**
     * The shared state, in a holder: an executable calls {@link #check()} (its loop heads are
     * linked to nothing) and never makes a method handle at start.
     */
    private static final class Site {
        static final MethodHandle QUIET = MethodHandles.constant(boolean.class, false);
        static final MethodHandle CANCELLING = MethodHandles.constant(boolean.class, true);
        /** Its target is CANCELLING while a cancellation is under way, else QUIET. */
        static final MutableCallSite STATE = new MutableCallSite(QUIET);

        static final MethodHandle POLL = findPoll();
        /** Runs whose cancellation has started and whose thread has not ended; guarded by STATE. */
        static int cancelling;

        private static MethodHandle findPoll() {
            try {
                return MethodHandles.lookup().findStatic(Checkpoints.class, "poll", MethodType.methodType(void.class));
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        static void retarget(MethodHandle target) {
            STATE.setTarget(target);
            MutableCallSite.syncAll(new MutableCallSite[] {STATE}); // seen by threads already running
        }
    }
}
