package beskid.bench;

import beskid.lowering.analysis.api.Analysis;
import beskid.lowering.analysis.api.AnalysisWorkspace;
import beskid.lowering.analysis.api.Position;
import beskid.lowering.service.AnalysisComponent;
import java.util.Arrays;
import java.util.Locale;

/**
 * Editor latency of the analysis model (issue 16): after a one-character edit in a file of
 * about N lines (default 5,000), how long until its diagnostics are ready, warm. Each round
 * changes one digit, hands the whole text to the workspace (as a language server does after
 * applying an incremental change) and asks for diagnostics. Target: 50 ms.
 */
public final class AnalysisBench {
    private static final String URI = "file:///bench/Gen.bd";

    private AnalysisBench() {}

    public static void main(String[] args) {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        String text = LoweringBench.beskidProgram(Math.max(1, lines / 7)); // 7 lines a function
        int digit = text.indexOf("x * ") + 4; // the first function's multiplier: one character
        long total = text.lines().count();
        try (AnalysisWorkspace ws = new AnalysisComponent().open(null)) {
            long t0 = System.nanoTime();
            ws.update(URI, text);
            int errors = ws.analysis().diagnostics(URI).size();
            long coldNanos = System.nanoTime() - t0;
            if (errors != 0) {
                throw new IllegalStateException("the generated program has " + errors + " errors");
            }
            for (int i = 0; i < 30; i++) { // warm-up: the parser and checker must be JIT-compiled first
                edit(ws, text, digit, i);
            }
            long[] nanos = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                nanos[i] = edit(ws, text, digit, i);
            }
            Arrays.sort(nanos);
            long[] query = new long[10];
            for (int i = 0; i < query.length; i++) { // the symbol index is built on the first query after an edit
                edit(ws, text, digit, i);
                long t = System.nanoTime();
                Analysis a = ws.analysis();
                a.symbolAt(URI, new Position(1, 4));
                query[i] = System.nanoTime() - t;
            }
            Arrays.sort(query);
            System.out.printf(
                    Locale.ROOT,
                    "analysis of a %d-line file: first diagnostics %s; after a one-character edit (warm, %d rounds):"
                            + " median %s, p90 %s, best %s (target < 50 ms); first symbol query after an edit (builds the index) median %s%n",
                    total,
                    Harness.ms(coldNanos),
                    rounds,
                    Harness.ms(nanos[rounds / 2]),
                    Harness.ms(nanos[Math.min(rounds - 1, rounds * 9 / 10)]),
                    Harness.ms(nanos[0]),
                    Harness.ms(query[query.length / 2]));
        }
    }

    /** Sets the digit to one of 1..9 and times update + diagnostics. */
    private static long edit(AnalysisWorkspace ws, String text, int digit, int round) {
        String edited = text.substring(0, digit) + (char) ('1' + round % 9) + text.substring(digit + 1);
        long t = System.nanoTime();
        ws.update(URI, edited);
        int n = ws.analysis().diagnostics(URI).size();
        long elapsed = System.nanoTime() - t;
        if (n != 0) {
            throw new IllegalStateException("the edit made errors");
        }
        return elapsed;
    }
}
