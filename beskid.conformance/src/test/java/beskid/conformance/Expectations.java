package beskid.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code //!} lines of a corpus program (shared/corpus/README.md). An unknown key fails,
 * so an expectation can never be silently ignored.
 */
record Expectations(Integer exit, String stdout, List<String> stderrContains, String compileError, String testSummary) {
    private static final Pattern LINE = Pattern.compile("\\s*//!\\s*([a-z-]+):\\s?(.*)$");

    static Expectations of(Path file) throws IOException {
        Integer exit = null;
        StringBuilder stdout = new StringBuilder();
        String raw = null;
        List<String> stderr = new ArrayList<>();
        String compile = null;
        String tests = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String value = m.group(2);
            switch (m.group(1)) {
                case "exit" -> exit = Integer.parseInt(value.trim());
                case "stdout" -> stdout.append(value).append('\n');
                case "stdout-raw" -> raw = unescape(value);
                case "stderr-contains" -> stderr.add(value);
                case "compile-error" -> compile = value;
                case "test-summary" -> tests = value;
                default -> throw new IllegalArgumentException(file + ": unknown expectation key " + m.group(1));
            }
        }
        return new Expectations(exit, raw != null ? raw : stdout.toString(), stderr, compile, tests);
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\");
    }
}
