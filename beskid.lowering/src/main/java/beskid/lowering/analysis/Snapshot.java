package beskid.lowering.analysis;

import beskid.lowering.analysis.api.Analysis;
import beskid.lowering.analysis.api.AnalysisDiagnostic;
import beskid.lowering.analysis.api.Completion;
import beskid.lowering.analysis.api.InferredType;
import beskid.lowering.analysis.api.Location;
import beskid.lowering.analysis.api.OutlineNode;
import beskid.lowering.analysis.api.Position;
import beskid.lowering.analysis.api.QuickFix;
import beskid.lowering.analysis.api.Range;
import beskid.lowering.analysis.api.SemanticToken;
import beskid.lowering.analysis.api.SignatureHelp;
import beskid.lowering.analysis.api.SymbolInfo;
import beskid.lowering.analysis.api.SymbolKind;
import beskid.lowering.analysis.api.SymbolOccurrence;
import beskid.lowering.analysis.api.TypeAt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * One analysis of a workspace's open documents: the programs they belong to, checked once.
 * Symbol indexes are built on first use; the workspace folder's other programs are checked
 * only when references or workspace symbols are asked for.
 */
final class Snapshot implements Analysis {
    private final Workspace workspace;
    private final Sources sources;
    private final List<String> documents;
    private final List<ProgramRun> runs;
    private final Map<String, ProgramRun> owners;
    private List<ProgramRun> folderRuns;

    Snapshot(Workspace workspace, Sources sources, Set<String> documents, Programs.Result result) {
        this.workspace = workspace;
        this.sources = sources;
        this.documents = List.copyOf(documents);
        this.runs = result.runs();
        this.owners = result.owners();
    }

    @Override
    public List<String> documents() {
        return documents;
    }

    /** The program an open document belongs to, or null. */
    ProgramRun run(String uri) {
        return documents.contains(uri) ? owners.get(uri) : null;
    }

    /** The document's text and tokens, or null. */
    DocumentText document(String uri) {
        ProgramRun run = run(uri);
        ProgramRun.FileData f = run == null ? null : run.file(uri);
        return f == null ? null : f.doc();
    }

    @Override
    public List<AnalysisDiagnostic> diagnostics(String uri) {
        ProgramRun run = run(uri);
        return run == null ? List.of() : run.diagnostics(uri);
    }

    @Override
    public Optional<SymbolOccurrence> symbolAt(String uri, Position position) {
        ProgramRun run = run(uri);
        DocumentText doc = document(uri);
        if (doc == null) {
            return Optional.empty();
        }
        Occurrence o = run.index().at(uri, doc.offset(position));
        if (o == null) {
            return Optional.empty();
        }
        return Optional.of(
                new SymbolOccurrence(o.symbol(), new Location(uri, doc.range(o.start(), o.end())), o.declaration()));
    }

    @Override
    public List<SymbolOccurrence> references(SymbolInfo symbol, boolean includeDeclaration) {
        Map<String, SymbolOccurrence> found = new LinkedHashMap<>();
        for (ProgramRun run : allRuns()) {
            ProgramIndex index = run.index();
            for (Map.Entry<String, List<Occurrence>> e : index.allOccurrences().entrySet()) {
                String uri = e.getKey();
                if (run != owners.get(uri) && owners.containsKey(uri) && documents.contains(uri)) {
                    continue; // an open document answers from its own program
                }
                DocumentText doc = run.file(uri).doc();
                for (Occurrence o : e.getValue()) {
                    if (o.symbol().id().equals(symbol.id())
                            && (includeDeclaration || !o.declaration())
                            && spelled(doc, o, symbol.name())) {
                        Location at = new Location(uri, doc.range(o.start(), o.end()));
                        found.putIfAbsent(uri + "@" + o.start(), new SymbolOccurrence(o.symbol(), at, o.declaration()));
                    }
                }
            }
        }
        List<SymbolOccurrence> out = new ArrayList<>(found.values());
        out.sort(Comparator.comparing((SymbolOccurrence o) -> !o.declaration())
                .thenComparing(o -> o.location().uri())
                .thenComparing(o -> o.location().range().start()));
        return out;
    }

    /**
     * Whether an occurrence spells the symbol's name: a {@code use ... as} alias and its uses
     * name the item otherwise, and renaming the item must not touch them.
     */
    private static boolean spelled(DocumentText doc, Occurrence o, String name) {
        return doc.text().regionMatches(o.start() - doc.base(), name, 0, name.length())
                && o.end() - o.start() == name.length();
    }

    /** The programs of the open documents, then those of the workspace folder's other files. */
    private List<ProgramRun> allRuns() {
        List<ProgramRun> all = new ArrayList<>(runs);
        all.addAll(folderRuns());
        return all;
    }

    private synchronized List<ProgramRun> folderRuns() {
        if (folderRuns == null) {
            folderRuns = workspace.folderPrograms(sources, owners);
        }
        return folderRuns;
    }

    @Override
    public Optional<TypeAt> typeAt(String uri, Position position) {
        return Optional.ofNullable(
                query(uri, null, (run, doc) -> new TypeQueries(run, run.file(uri)).typeAt(doc.offset(position))));
    }

    @Override
    public List<InferredType> inferredTypes(String uri, Range range) {
        return query(
                uri,
                List.of(),
                (run, doc) -> new TypeQueries(run, run.file(uri))
                        .inferred(doc.offset(range.start()), doc.offset(range.end())));
    }

    @Override
    public List<Completion> completions(String uri, Position position) {
        return query(uri, List.of(), (run, doc) -> new CompletionScopes(run, run.file(uri)).at(doc.offset(position)));
    }

    @Override
    public Optional<SignatureHelp> signatureAt(String uri, Position position) {
        return Optional.ofNullable(
                query(uri, null, (run, doc) -> new CallHelp(run, run.file(uri)).at(doc.offset(position))));
    }

    @Override
    public List<OutlineNode> outline(String uri) {
        ProgramRun run = run(uri);
        return run == null ? List.of() : run.index().outline(uri);
    }

    @Override
    public List<SymbolInfo> workspaceSymbols(String query) {
        String q = query.toLowerCase(Locale.ROOT);
        Map<String, SymbolInfo> found = new LinkedHashMap<>();
        for (ProgramRun run : allRuns()) {
            for (List<Occurrence> list : run.index().allOccurrences().values()) {
                for (Occurrence o : list) {
                    SymbolInfo s = o.symbol();
                    if (o.declaration()
                            && isItem(s.kind())
                            && s.name().toLowerCase(Locale.ROOT).contains(q)) {
                        found.putIfAbsent(s.id(), s);
                    }
                }
            }
        }
        List<SymbolInfo> out = new ArrayList<>(found.values());
        out.sort(Comparator.comparing(SymbolInfo::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(s -> s.declaration().uri())
                .thenComparing(s -> s.declaration().range().start()));
        return out;
    }

    private static boolean isItem(SymbolKind k) {
        return k != SymbolKind.LOCAL
                && k != SymbolKind.PARAMETER
                && k != SymbolKind.TYPE_PARAMETER
                && k != SymbolKind.KEYWORD;
    }

    @Override
    public List<SemanticToken> semanticTokens(String uri) {
        ProgramRun run = run(uri);
        DocumentText doc = document(uri);
        if (doc == null) {
            return List.of();
        }
        return new SemanticTokenizer(doc, run.index().occurrences(uri)).tokens();
    }

    @Override
    public List<QuickFix> quickFixes(String uri, Range range) {
        return query(uri, List.of(), (run, doc) -> new QuickFixes(run, run.file(uri)).fixes(range));
    }

    /**
     * Answers a question about an open document on a big stack (the answers walk syntax trees);
     * {@code none} when the document is not open.
     */
    private <T> T query(String uri, T none, BiFunction<ProgramRun, DocumentText, T> question) {
        ProgramRun run = run(uri);
        DocumentText doc = document(uri);
        if (doc == null) {
            return none;
        }
        return BigStack.call(() -> question.apply(run, doc));
    }
}
