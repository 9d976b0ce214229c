package beskid.cli.command;

import beskid.lowering.api.TestReport;
import beskid.lowering.api.TestResult;
import java.util.Locale;
import java.util.Map;

/** The JUnit XML report CI servers read: one {@code testsuite} per file. */
final class JUnitXml {
    private JUnitXml() {}

    static String of(Map<String, TestReport> reports) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
        for (Map.Entry<String, TestReport> file : reports.entrySet()) {
            TestReport report = file.getValue();
            long nanos = report.results().stream().mapToLong(TestResult::nanos).sum();
            xml.append("  <testsuite name=\"")
                    .append(escape(file.getKey()))
                    .append("\" tests=\"")
                    .append(report.results().size())
                    .append("\" failures=\"")
                    .append(report.count(TestResult.Status.FAIL))
                    .append("\" errors=\"0\" skipped=\"")
                    .append(report.count(TestResult.Status.SKIP))
                    .append("\" time=\"")
                    .append(seconds(nanos))
                    .append("\">\n");
            String className = file.getKey().replaceAll(".*[/\\\\]", "").replaceFirst("\\.bd$", "");
            for (TestResult r : report.results()) {
                xml.append("    <testcase name=\"")
                        .append(escape(r.name()))
                        .append("\" classname=\"")
                        .append(escape(className))
                        .append("\" time=\"")
                        .append(seconds(r.nanos()))
                        .append('"');
                switch (r.status()) {
                    case PASS -> xml.append("/>\n");
                    case SKIP ->
                        xml.append(">\n      <skipped message=\"")
                                .append(escape(r.message()))
                                .append("\"/>\n    </testcase>\n");
                    case FAIL ->
                        xml.append(">\n      <failure message=\"")
                                .append(escape(r.message()))
                                .append("\" type=\"panic\">")
                                .append(escape("panic: " + r.message()
                                        + (r.location() != null ? "\n  at " + r.location() : "")))
                                .append("</failure>\n    </testcase>\n");
                    default -> throw new IllegalStateException(r.status().toString());
                }
            }
            xml.append("  </testsuite>\n");
        }
        return xml.append("</testsuites>\n").toString();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.6f", nanos / 1e9);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\n', '\t', '\r' -> out.appendCodePoint(c);
                default -> {
                    if (c < 0x20) {
                        out.append("&#")
                                .append(c)
                                .append(';'); // not legal in XML 1.0 even escaped, but keeps data visible
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
