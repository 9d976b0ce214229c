import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Prints mutation strength per package from every PIT mutations.xml under a module's report folder
 * (run as a single-file Java program by the mutation profile, or by hand:
 * {@code java cnf/mutation/MutationSummary.java beskid.lowering/target/pit-reports}). PIT's console
 * shows only the totals of each execution.
 *
 * <p>Strength is detected / covered (mutants no test reaches are left out), score is detected /
 * all: the two figures PIT's HTML report shows.
 */
public final class MutationSummary {
    public static void main(String[] args) throws Exception {
        Path reports = Path.of(args[0]);
        // PIT leaves an old report in place when a (narrowed) run finds nothing to mutate
        Instant buildStart = args.length > 1 ? Instant.parse(args[1]) : Instant.EPOCH;
        List<Path> fresh = new ArrayList<>();
        if (Files.isDirectory(reports)) {
            // one report per execution: beskid.lowering runs one per package, with that package's tests
            try (Stream<Path> files = Files.walk(reports)) {
                files.filter(f -> f.getFileName().toString().equals("mutations.xml"))
                        .filter(f -> isFresh(f, buildStart))
                        .sorted()
                        .forEach(fresh::add);
            }
        }
        if (fresh.isEmpty()) {
            System.out.println("[mutation] nothing mutated in this module by this run");
            return;
        }
        Map<String, int[]> byPackage = new TreeMap<>();
        for (Path report : fresh) {
            count(report, byPackage);
        }
        System.out.println("[mutation] package                              mutants  covered  killed  strength  score");
        int[] total = new int[3];
        for (var entry : byPackage.entrySet()) {
            print(entry.getKey(), entry.getValue());
            for (int k = 0; k < 3; k++) total[k] += entry.getValue()[k];
        }
        print("(all)", total);
    }

    private static boolean isFresh(Path report, Instant buildStart) {
        try {
            return !Files.getLastModifiedTime(report).toInstant().isBefore(buildStart);
        } catch (IOException e) {
            return false;
        }
    }

    private static void count(Path report, Map<String, int[]> byPackage) throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        NodeList mutations = doc.getElementsByTagName("mutation");
        for (int i = 0; i < mutations.getLength(); i++) {
            Element mutation = (Element) mutations.item(i);
            String mutatedClass = text(mutation, "mutatedClass");
            int cut = mutatedClass.lastIndexOf('.');
            String pkg = cut < 0 ? "" : mutatedClass.substring(0, cut);
            int[] counts = byPackage.computeIfAbsent(pkg, k -> new int[3]);
            String status = mutation.getAttribute("status");
            counts[0]++;
            if (!"NO_COVERAGE".equals(status)) counts[1]++;
            if ("true".equals(mutation.getAttribute("detected"))) counts[2]++;
        }
    }

    private static void print(String pkg, int[] c) {
        System.out.printf(
                "[mutation] %-36s %7d  %7d  %6d  %7s  %5s%n",
                pkg, c[0], c[1], c[2], percent(c[2], c[1]), percent(c[2], c[0]));
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "-" : String.format("%.1f%%", 100.0 * part / whole);
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }
}
