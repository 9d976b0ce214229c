package beskid.runtime.execution;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;

/**
 * The loop-head checkpoint of generated code ({@code run_checkpoint}), linked through one call
 * site shared by every program: while no run is being cancelled its target does nothing, so
 * the JVM's compilers drop it from a loop altogether (a check of the interrupt flag at every
 * head kept field loads inside hot loops: +16% on contract dispatch); from the moment a run's
 * cancellation starts until that run's thread has ended, its target is {@link #check()}.
 * Retargeting makes the JVM discard the compiled code that inlined the old target, so a loop
 * that is already running sees the check at its next head.
 */
public final class Checkpoints {
    private Checkpoints() {}

    /** What a {@code run_checkpoint} call site of generated code binds to. */
    public static MethodHandle invoker() {
        return Site.INVOKER;
    }

    /** The check itself: ends the calling run if its starter cancelled it (interrupted its thread). */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new RunCancelled();
        }
    }

    /** A run's cancellation starts: checkpoints check, before its thread is interrupted. */
    static void cancellationStarted() {
        synchronized (Site.SITE) {
            if (Site.cancelling++ == 0) {
                Site.retarget(Site.CHECK);
            }
        }
    }

    /** The cancelled run's thread has ended. */
    static void cancellationEnded() {
        synchronized (Site.SITE) {
            if (--Site.cancelling == 0) {
                Site.retarget(Site.NO_CHECK);
            }
        }
    }

    /**
     * The shared call site, in a holder: an executable calls {@link #check()} (its loop heads
     * are linked statically) and never makes a method handle at start.
     */
    private static final class Site {
        static final MethodType UNIT = MethodType.methodType(void.class);
        static final MethodHandle NO_CHECK = MethodHandles.empty(UNIT);
        static final MethodHandle CHECK = findCheck();
        static final MutableCallSite SITE = new MutableCallSite(NO_CHECK);
        static final MethodHandle INVOKER = SITE.dynamicInvoker();
        /** Runs whose cancellation has started and whose thread has not ended; guarded by SITE. */
        static int cancelling;

        private static MethodHandle findCheck() {
            try {
                return MethodHandles.lookup().findStatic(Checkpoints.class, "check", UNIT);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        static void retarget(MethodHandle target) {
            SITE.setTarget(target);
            MutableCallSite.syncAll(new MutableCallSite[] {SITE}); // seen by threads already running
        }
    }
}
