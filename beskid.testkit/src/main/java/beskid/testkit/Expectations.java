package beskid.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code //!} lines of a corpus program (corpus/README.md). An unknown key fails, so an
 * expectation can never be silently ignored.
 *
 * @param exit the process exit code, or null for compile-error and test programs
 * @param stdout the whole expected standard output
 * @param stderrContains fragments standard error must contain
 * @param compileError {@code LINE:COL[|LINE:COL] WORD}, or null
 * @param testSummary a fragment of the {@code beskid test} summary, or null
 */
public record Expectations(
        Integer exit, String stdout, List<String> stderrContains, String compileError, String testSummary) {
    private static final Pattern FAILED = Pattern.compile("(\\d+) failed");
    private static final Pattern LINE = Pattern.compile("\\s*//!\\s*([a-z-]+):\\s?(.*)$");

    /** Reads the expectations of one program; fails on an unknown key or a program that states none. */
    public static Expectations of(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Integer exit = null;
        StringBuilder stdout = new StringBuilder();
        String raw = null;
        List<String> stderr = new ArrayList<>();
        String compile = null;
        String tests = null;
        for (String line : lines) {
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
        if (exit == null && compile == null && tests == null) {
            throw new IllegalArgumentException(
                    file + ": states no `//! exit:`, `//! compile-error:` or `//! test-summary:` line");
        }
        return new Expectations(exit, raw != null ? raw : stdout.toString(), List.copyOf(stderr), compile, tests);
    }

    /** The positions a compile error may fairly be reported at, as {@code LINE:COL}. */
    public List<String> compileErrorPositions() {
        return List.of(compileError.split(" ", 2)[0].split("\\|"));
    }

    /** The word the compile error's message must contain (may be empty). */
    public String compileErrorWord() {
        String[] parts = compileError.split(" ", 2);
        return parts.length > 1 ? parts[1] : "";
    }

    /** What {@code beskid test} exits with for this program: 1 when its summary counts a failure. */
    public int testExitCode() {
        Matcher failed = FAILED.matcher(testSummary);
        return failed.find() && Integer.parseInt(failed.group(1)) > 0 ? 1 : 0;
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\");
    }
}
