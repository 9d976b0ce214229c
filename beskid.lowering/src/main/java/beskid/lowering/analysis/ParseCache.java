package beskid.lowering.analysis;

import beskid.lowering.api.SourceUnit;
import beskid.lowering.ast.CompilationUnit;
import beskid.lowering.diag.Diagnostics;
import beskid.lowering.load.ParsedFile;
import beskid.lowering.syntax.Parser;
import beskid.lowering.syntax.SourceText;
import beskid.lowering.syntax.SyntaxDetails;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Parses of a workspace's files, kept by content: a program that loads a file whose bytes did
 * not change gets the same tree again, so after an edit only the edited file is parsed.
 *
 * <p>Offsets of a program's files must grow in load order, so a parse is placed at a base
 * rounded up to a multiple of {@link #SLOT}: a file before it may then grow by a few
 * characters and the parse still fits behind it. Syntax trees are immutable and the checker
 * keys everything it decides by node identity, so one parse serves any number of checks.
 */
final class ParseCache {
    /** Granularity of the bases given to parses. */
    static final int SLOT = 1 << 16;

    /** Parses kept per file (different bases, when two programs load it at different places). */
    private static final int PER_FILE = 3;

    /** A file's parse with what the editor features need beyond the tree. */
    record Parse(
            String uri,
            byte[] content,
            SourceText text,
            Diagnostics diagnostics,
            CompilationUnit unit,
            DocumentText document) {}

    private final Map<String, List<Parse>> parses = new HashMap<>();
    private final Map<SourceText, Parse> byText = new IdentityHashMap<>();

    /** The parse of a file, from the cache when its content and a fitting base are there. */
    synchronized ParsedFile parse(SourceUnit source, int minBase) {
        List<Parse> known = parses.computeIfAbsent(source.path(), k -> new ArrayList<>(PER_FILE));
        for (Parse p : known) {
            if (p.text().base() >= minBase
                    && p.text().base() < minBase + SLOT
                    && Arrays.equals(p.content(), source.content())) {
                return new ParsedFile(p.text(), p.diagnostics().copy(), p.unit());
            }
        }
        int base = (int) Math.min(Integer.MAX_VALUE / 2, ((long) minBase + SLOT - 1) / SLOT * SLOT);
        SourceText text = SourceText.decode(source.path(), source.content(), base);
        Diagnostics diags = new Diagnostics(text);
        SyntaxDetails details = new SyntaxDetails();
        CompilationUnit unit = Parser.parse(text, diags, details);
        DocumentText document = new DocumentText(source.path(), text, details.tokens(), details.comments());
        Parse p = new Parse(source.path(), source.content(), text, diags, unit, document);
        known.removeIf(old -> !Arrays.equals(old.content(), source.content()) && forget(old));
        if (known.size() >= PER_FILE) {
            forget(known.remove(0));
        }
        known.add(p);
        byText.put(text, p);
        return new ParsedFile(text, diags.copy(), unit);
    }

    /** The parse a program file came from. */
    synchronized Parse of(SourceText text) {
        return byText.get(text);
    }

    /** Drops the parses of a file. */
    synchronized void remove(String uri) {
        List<Parse> known = parses.remove(uri);
        if (known != null) {
            known.forEach(this::forget);
        }
    }

    /** Drops every parse. */
    synchronized void clear() {
        parses.clear();
        byText.clear();
    }

    /** Drops the parses of files not in {@code keep}. */
    synchronized void retain(java.util.Set<String> keep) {
        for (Iterator<Map.Entry<String, List<Parse>>> it = parses.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, List<Parse>> e = it.next();
            if (!keep.contains(e.getKey())) {
                e.getValue().forEach(this::forget);
                it.remove();
            }
        }
    }

    private boolean forget(Parse p) {
        byText.remove(p.text());
        return true;
    }
}
