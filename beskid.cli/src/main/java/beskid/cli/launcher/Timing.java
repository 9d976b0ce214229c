package beskid.cli.launcher;

import java.lang.management.ManagementFactory;

/** Start-up phases on stderr when {@code -Dbeskid.timing=true}: where a cold start spends its time. */
final class Timing {
    private final boolean enabled;
    private final long start;

    Timing(boolean enabled) {
        this.enabled = enabled;
        // Management classes cost start-up time: loaded only when timing is asked for.
        this.start = enabled ? ManagementFactory.getRuntimeMXBean().getStartTime() : 0;
        mark("launcher main");
    }

    void mark(String phase) {
        if (enabled) {
            System.err.printf(
                    "beskid timing: %-22s %5d ms since JVM start%n", phase, System.currentTimeMillis() - start);
        }
    }
}
