import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Prints mutation strength per package from PIT's mutations.xml (run as a single-file Java
 * program by the mutation profile). PIT's console shows only module totals.
 *
 * <p>Strength is detected / covered (mutants no test reaches are left out), score is detected /
 * all: the two figures PIT's HTML report shows.
 */
public final class MutationSummary {
    public static void main(String[] args) throws Exception {
        Path report = Path.of(args[0]);
        // PIT leaves an old report in place when a (narrowed) run finds nothing to mutate
        Instant buildStart = args.length > 1 ? Instant.parse(args[1]) : Instant.EPOCH;
        if (!Files.exists(report) || Files.getLastModifiedTime(report).toInstant().isBefore(buildStart)) {
            System.out.println("[mutation] nothing mutated in this module by this run");
            return;
        }
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        NodeList mutations = doc.getElementsByTagName("mutation");
        Map<String, int[]> byPackage = new TreeMap<>();
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
        System.out.println("[mutation] package                              mutants  covered  killed  strength  score");
        int[] total = new int[3];
        for (var entry : byPackage.entrySet()) {
            print(entry.getKey(), entry.getValue());
            for (int k = 0; k < 3; k++) total[k] += entry.getValue()[k];
        }
        print("(all)", total);
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
