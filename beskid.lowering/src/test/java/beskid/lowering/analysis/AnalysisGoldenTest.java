package beskid.lowering.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.analysis.api.Analysis;
import beskid.lowering.analysis.api.AnalysisDiagnostic;
import beskid.lowering.analysis.api.AnalysisWorkspace;
import beskid.lowering.analysis.api.Completion;
import beskid.lowering.analysis.api.InferredType;
import beskid.lowering.analysis.api.Location;
import beskid.lowering.analysis.api.OutlineNode;
import beskid.lowering.analysis.api.Position;
import beskid.lowering.analysis.api.QuickFix;
import beskid.lowering.analysis.api.Range;
import beskid.lowering.analysis.api.SemanticToken;
import beskid.lowering.analysis.api.SymbolInfo;
import beskid.lowering.analysis.api.SymbolKind;
import beskid.lowering.analysis.api.TextEdit;
import beskid.lowering.service.AnalysisComponent;
import beskid.lowering.syntax.Token;
import beskid.lowering.syntax.TokenKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden answers of the whole analysis: each folder {@code analysis/golden/NAME/} is a program
 * (entry {@code main.bd}, maybe modules); the dump of every query over every file of it (diagnostics,
 * the symbol, references and type at every name, inferred types, completions after each
 * {@code .} and {@code ::} and at each statement's start, signature help in each argument list,
 * the outline, workspace symbols, semantic tokens, quick fixes) equals {@code NAME.expected}. Run
 * with {@code -Dgolden.update=true} to rewrite the expectations, then review the diff.
 */
class AnalysisGoldenTest {
    private static final Path DIR = Path.of(System.getProperty("user.dir"), "src/test/resources/analysis/golden");
    private static final AnalysisComponent ANALYSIS = new AnalysisComponent();

    @TestFactory
    Stream<DynamicTest> everyProgramAnswersAsExpected() throws IOException {
        boolean update = Boolean.getBoolean("golden.update");
        List<Path> programs;
        try (Stream<Path> list = Files.list(DIR)) {
            programs = list.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(programs).isNotEmpty();
        return programs.stream()
                .map(program -> DynamicTest.dynamicTest(program.getFileName().toString(), () -> {
                    Path expectedFile = DIR.resolve(program.getFileName() + ".expected");
                    String actual = dump(program);
                    if (update) {
                        Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
                    }
                    assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
                }));
    }

    private static String dump(Path root) throws IOException {
        String prefix = root.toUri().toString();
        StringBuilder out = new StringBuilder();
        try (AnalysisWorkspace ws = ANALYSIS.open(root)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(f -> f.toString().endsWith(".bd")).sorted().toList();
            }
            for (Path f : files) {
                ws.update(f.toUri().toString(), Files.readString(f));
            }
            Analysis a = ws.analysis();
            Set<String> seen = new HashSet<>();
            for (String uri : a.documents()) {
                out.append("=== ").append(rel(prefix, uri)).append('\n');
                String key = root.getFileName() + "/" + rel(prefix, uri);
                dumpDocument(a, (Snapshot) a, uri, key, prefix, seen, out);
                out.append("keywords in a block:");
                a.completions(uri, new Position(0, 0)).stream()
                        .filter(c -> c.kind() == SymbolKind.KEYWORD)
                        .forEach(c -> out.append(' ').append(c.label()));
                out.append('\n');
            }
            List<String> queries = List.of("", "a", "Sh", "main");
            for (String q : queries) {
                out.append("workspaceSymbols '").append(q).append("':");
                for (SymbolInfo s : a.workspaceSymbols(q)) {
                    out.append(' ').append(s.name()).append('/').append(s.kind());
                    out.append('@').append(loc(prefix, s.declaration()));
                    if (s.container() != null) {
                        out.append(" in ").append(s.container());
                    }
                    out.append(';');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static void dumpDocument(
            Analysis a, Snapshot snap, String uri, String key, String prefix, Set<String> seen, StringBuilder out) {
        DocumentText doc = snap.document(uri);
        out.append("-- diagnostics\n");
        for (AnalysisDiagnostic d : a.diagnostics(uri)) {
            out.append(range(d.range()))
                    .append(' ')
                    .append(d.code())
                    .append(' ')
                    .append(d.message())
                    .append('\n');
            for (QuickFix f : a.quickFixes(uri, d.range())) {
                out.append("  fix ").append(f.title()).append(" in ").append(rel(prefix, f.uri()));
                for (TextEdit e : f.edits()) {
                    out.append(" [")
                            .append(range(e.range()))
                            .append(" '")
                            .append(e.newText().replace("\n", "\\n"))
                            .append("']");
                }
                out.append('\n');
            }
        }
        out.append("-- names\n");
        List<Token> tokens = doc.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Position start = doc.position(t.offset());
            Position end = doc.position(t.endOffset());
            if (t.is(TokenKind.IDENT)) {
                out.append(pos(start)).append(' ').append(t.text());
                a.symbolAt(uri, start).ifPresent(o -> {
                    SymbolInfo s = o.symbol();
                    out.append(" -> ").append(s.kind()).append(' ').append(s.name());
                    out.append(o.declaration() ? " (decl)" : "");
                    out.append(" @").append(loc(prefix, s.declaration()));
                    if (seen.add(s.id())) {
                        out.append(" detail=").append(s.detail());
                        if (s.documentation() != null && !s.documentation().isEmpty()) {
                            out.append(" doc=").append(s.documentation().replace("\n", "\\n"));
                        }
                        out.append(" in=").append(s.container());
                        out.append(" refs=")
                                .append(a.references(s, true).stream()
                                        .map(r -> loc(prefix, r.location()) + (r.declaration() ? "d" : ""))
                                        .collect(Collectors.joining(",")));
                        out.append(" uses=").append(a.references(s, false).size());
                    }
                });
                a.typeAt(uri, start)
                        .ifPresent(ty ->
                                out.append(" : ").append(ty.type()).append(' ').append(range(ty.range())));
                out.append('\n');
            } else if (t.is(TokenKind.DOT) || t.is(TokenKind.COLON_COLON)) {
                completions(a, uri, end, "after " + t.describe(), out);
            } else if (t.is(TokenKind.LPAREN) || t.is(TokenKind.COMMA)) {
                a.signatureAt(uri, end)
                        .ifPresent(h -> out.append(pos(end))
                                .append(" signature ")
                                .append(h.label())
                                .append(' ')
                                .append(h.parameters())
                                .append(" active=")
                                .append(h.activeParameter())
                                .append(
                                        h.documentation() == null
                                                ? ""
                                                : " doc=" + h.documentation().replace("\n", "\\n"))
                                .append('\n'));
            }
            if (i == 0 || doc.position(tokens.get(i - 1).offset()).line() != start.line()) {
                completions(a, uri, start, "line start", out);
                if (t.is(TokenKind.IDENT)) {
                    completions(a, uri, end, "after " + t.describe(), out); // a name being typed
                }
            }
            if (t.is(TokenKind.STRING) || t.is(TokenKind.STRING_HEAD) || t.is(TokenKind.STRING_TAIL)) {
                quiet(a, uri, doc.position(t.offset() + 1), out);
                quiet(a, uri, doc.position(t.endOffset() - 1), out);
            }
        }
        for (beskid.lowering.syntax.Comment c : doc.comments()) {
            quiet(a, uri, doc.position(c.offset() + 1), out);
            quiet(a, uri, doc.position(c.endOffset()), out);
        }
        out.append("-- inferred\n");
        Range all = new Range(
                new Position(0, 0), doc.position(doc.base() + doc.text().length()));
        for (InferredType it : a.inferredTypes(uri, all)) {
            out.append(pos(it.position())).append(' ').append(it.label()).append('\n');
        }
        out.append("-- outline\n");
        outline(a.outline(uri), "", out);
        out.append("-- semantic tokens\n");
        for (SemanticToken s : a.semanticTokens(uri)) {
            out.append(s.line())
                    .append(':')
                    .append(s.character())
                    .append('+')
                    .append(s.length())
                    .append(' ')
                    .append(s.type())
                    .append(s.declaration() ? " decl" : "")
                    .append('\n');
        }
    }

    private static void completions(Analysis a, String uri, Position at, String what, StringBuilder out) {
        List<Completion> list = a.completions(uri, at);
        if (list.isEmpty()) {
            return;
        }
        out.append(pos(at)).append(" complete ").append(what).append(':');
        int keywords = 0;
        for (Completion c : list) {
            if (c.kind() == SymbolKind.KEYWORD) {
                keywords++; // the same keywords everywhere in a block: counted, listed once per file below
                continue;
            }
            out.append(' ').append(c.label()).append('/').append(c.kind());
            if (c.detail() != null) {
                out.append('[').append(c.detail()).append(']');
            }
        }
        out.append(" +").append(keywords).append(" keywords\n");
    }

    /** Inside a comment or a string's text: how many completions (none expected). */
    private static void quiet(Analysis a, String uri, Position at, StringBuilder out) {
        out.append(pos(at))
                .append(" completions in text: ")
                .append(a.completions(uri, at).size())
                .append('\n');
    }

    private static void outline(List<OutlineNode> nodes, String indent, StringBuilder out) {
        for (OutlineNode n : nodes) {
            out.append(indent)
                    .append(n.name())
                    .append(' ')
                    .append(n.kind())
                    .append(' ')
                    .append(n.detail())
                    .append(' ')
                    .append(range(n.range()))
                    .append(' ')
                    .append(range(n.selectionRange()))
                    .append('\n');
            outline(n.children(), indent + "  ", out);
        }
    }

    private static String rel(String prefix, String uri) {
        return uri.startsWith(prefix) ? uri.substring(prefix.length()) : uri;
    }

    private static String loc(String prefix, Location l) {
        return rel(prefix, l.uri()) + ":" + range(l.range());
    }

    private static String pos(Position p) {
        return p.line() + ":" + p.character();
    }

    private static String range(Range r) {
        return pos(r.start()) + "-" + pos(r.end());
    }
}
