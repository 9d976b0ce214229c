package beskid.cli.command;

import beskid.lowering.api.TestReport;
import beskid.lowering.api.TestResult;
import java.util.Locale;

/** One line per test (name, PASS/FAIL/SKIP, time), failure details indented under it. */
final class TestReportPrinter {
    private TestReportPrinter() {}

    static String lines(TestReport report) {
        StringBuilder out = new StringBuilder();
        for (TestResult r : report.results()) {
            out.append(r.status()).append("  ").append(r.name());
            switch (r.status()) {
                case PASS -> out.append(" (").append(millis(r.nanos())).append(")\n");
                case SKIP -> out.append(" (skipped: ").append(r.message()).append(")\n");
                case FAIL -> {
                    out.append(" (").append(millis(r.nanos())).append(")\n");
                    out.append("      panic: ").append(r.message()).append('\n');
                    if (r.location() != null) {
                        out.append("      at ").append(r.location()).append('\n');
                    }
                }
                default -> throw new IllegalStateException(r.status().toString());
            }
        }
        return out.toString();
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
