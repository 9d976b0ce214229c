package beskid.lowering.diag;

import beskid.lowering.api.Diagnostic;
import beskid.lowering.ast.SourcePos;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Collects the errors of one source file. Every pass (lexer, parser, checker) adds to the same
 * collector so that all errors of a file are reported together, in source order, each once.
 *
 * <p>A file of binary garbage could produce millions of errors; the collector keeps the first
 * {@link #DEFAULT_LIMIT} and then one {@link ErrorCode#TOO_MANY_ERRORS} note, so memory and
 * output stay bounded.
 */
public final class Diagnostics {
    /** How many errors are kept before the rest are dropped. */
    public static final int DEFAULT_LIMIT = 500;

    private record Entry(int offset, int line, int column, String code, String message) {}

    private static final Comparator<Entry> ORDER = Comparator.comparingInt(Entry::line)
            .thenComparingInt(Entry::column)
            .thenComparing(Entry::code)
            .thenComparing(Entry::message);

    private final SourceLines source;
    private final int limit;
    private final Set<Entry> entries = new LinkedHashSet<>();
    private Entry overflow;

    /** A collector for one file keeping {@link #DEFAULT_LIMIT} errors. */
    public Diagnostics(SourceLines source) {
        this(source, DEFAULT_LIMIT);
    }

    /** A collector for one file keeping at most {@code limit} errors. */
    public Diagnostics(SourceLines source, int limit) {
        this.source = Objects.requireNonNull(source, "source");
        this.limit = Math.max(1, limit);
    }

    /** Records an error at {@code pos}; an identical error at the same place is kept once. */
    public void add(SourcePos pos, String code, String message) {
        Entry entry = new Entry(pos.offset(), pos.line(), pos.column(), code, message);
        if (entries.contains(entry)) {
            return;
        }
        if (entries.size() >= limit) {
            if (overflow == null) {
                overflow = new Entry(
                        pos.offset(),
                        pos.line(),
                        pos.column(),
                        ErrorCode.TOO_MANY_ERRORS,
                        "too many errors (more than " + limit + "); the rest are not shown");
            }
            return;
        }
        entries.add(entry);
    }

    /** A collector with the same errors and source, to which further errors go independently. */
    public Diagnostics copy() {
        Diagnostics c = new Diagnostics(source, limit);
        c.entries.addAll(entries);
        c.overflow = overflow;
        return c;
    }

    /** Whether any error was recorded. */
    public boolean hasErrors() {
        return !entries.isEmpty();
    }

    /** How many distinct errors are kept. */
    public int count() {
        return entries.size();
    }

    /** The file these diagnostics belong to. */
    public SourceLines source() {
        return source;
    }

    /** The errors sorted by position (then code and message), each with its source line. */
    public List<Diagnostic> list() {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        if (overflow != null) {
            sorted.add(overflow);
        }
        List<Diagnostic> out = new ArrayList<>(sorted.size());
        for (Entry e : sorted) {
            out.add(new Diagnostic(
                    source.path(), e.line(), e.column(), e.code(), e.message(), source.lineText(e.line())));
        }
        return List.copyOf(out);
    }

    /** Every diagnostic rendered with its source line and caret, as the CLI prints them. */
    public String render() {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : list()) {
            out.append(d.render());
        }
        return out.toString();
    }
}
