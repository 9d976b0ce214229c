package beskid.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the JMH benchmarks with JMH's own command line, then prints each Beskid figure next to
 * its Java twin's: every benchmark class here has a {@code beskid} and a {@code java} method.
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
        Map<String, double[]> pairs = new TreeMap<>();
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark();
            String row =
                    method.substring(method.lastIndexOf('.', method.lastIndexOf('.') - 1) + 1, method.lastIndexOf('.'))
                            + params(r);
            double[] pair = pairs.computeIfAbsent(row, k -> new double[] {Double.NaN, Double.NaN});
            pair[method.endsWith(".beskid") ? 0 : 1] = r.getPrimaryResult().getScore();
        }
        System.out.println();
        System.out.println("| benchmark | beskid (ms) | java (ms) | beskid / java |");
        System.out.println("|---|---|---|---|");
        pairs.forEach((row, p) ->
                System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.2f |%n", row, p[0], p[1], p[0] / p[1]));
    }

    private static String params(RunResult r) {
        StringBuilder s = new StringBuilder();
        for (String key : r.getParams().getParamsKeys()) {
            s.append(' ').append(r.getParams().getParam(key));
        }
        return s.toString();
    }
}
