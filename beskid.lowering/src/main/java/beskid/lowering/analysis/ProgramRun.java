package beskid.lowering.analysis;

import beskid.lowering.analysis.api.AnalysisDiagnostic;
import beskid.lowering.analysis.api.Position;
import beskid.lowering.analysis.api.Range;
import beskid.lowering.api.Diagnostic;
import beskid.lowering.api.SourceSet;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.check.ModuleChecker;
import beskid.lowering.check.ModuleLoader;
import beskid.lowering.check.Reporter;
import beskid.lowering.diag.ErrorCode;
import beskid.lowering.load.Program;
import beskid.lowering.load.ProgramFile;
import beskid.lowering.load.ProgramLoader;
import beskid.lowering.sema.Annotations;
import beskid.lowering.sema.CheckedModule;
import beskid.lowering.sema.InternalErrors;
import beskid.lowering.syntax.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One program checked for an editor: loaded from an entry document through the workspace's
 * sources and parse cache, and checked by the same checker lowering uses. What the editor
 * features need beyond diagnostics (the symbol index) is built on first use.
 */
final class ProgramRun {
    /** A file of the program. */
    record FileData(String uri, ProgramFile file, DocumentText doc) {}

    private final String entryUri;
    private final Map<String, FileData> files;
    private final Map<String, byte[]> inputs;
    private final Program program;
    private final Annotations annotations;
    private final ModuleLoader std;
    private final Map<String, List<AnalysisDiagnostic>> diagnostics = new LinkedHashMap<>();
    /** Why the program could not even be loaded (a bug of the compiler), or null. */
    private final String failure;

    private ProgramIndex index;

    private ProgramRun(
            String entryUri,
            Map<String, FileData> files,
            Map<String, byte[]> inputs,
            Program program,
            Annotations annotations,
            ModuleLoader std,
            String failure) {
        this.failure = failure;
        this.entryUri = entryUri;
        this.files = files;
        this.inputs = inputs;
        this.program = program;
        this.annotations = annotations;
        this.std = std;
    }

    /** Loads and checks the program whose entry is {@code entry}; never throws. */
    static ProgramRun check(SourceUnit entry, Sources sources, ParseCache cache, ModuleLoader std) {
        InternalErrors.reset();
        String entryUri = entry.path();
        Sources.Recording loader = sources.loader(entryUri);
        Program program;
        try {
            program = ProgramLoader.load(new SourceSet(entry, loader), cache::parse);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug of the loader: one diagnostic on the entry, never an exception at the editor
            Map<String, byte[]> inputs = new LinkedHashMap<>();
            inputs.put(entryUri, entry.content());
            inputs.putAll(loader.seen());
            return new ProgramRun(
                    entryUri, Map.of(), inputs, null, new Annotations(0), std, "internal compiler error: " + e);
        } finally {
            InternalErrors.reset();
        }
        boolean syntaxErrors = program.hasErrors();
        Reporter files = program.reporter();
        Annotations ann = null;
        try {
            CheckedModule checked = ModuleChecker.check(
                    program.root(),
                    std,
                    (pos, code, message) -> {
                        // as in lowering: after a syntax error a statement may be missing from the tree
                        if (!(syntaxErrors && code.equals(ErrorCode.MISSING_RETURN))) {
                            files.error(pos, code, message);
                        }
                    },
                    program.chars());
            ann = checked.annotations();
        } catch (RuntimeException | StackOverflowError e) {
            SourcePos at = InternalErrors.last();
            files.error(
                    at != null ? at : program.files().get(0).text().pos(0),
                    ErrorCode.INTERNAL,
                    "internal compiler error: " + e);
        } finally {
            InternalErrors.reset();
        }
        Map<String, FileData> data = new LinkedHashMap<>();
        for (ProgramFile f : program.files()) {
            String uri = f.source().path();
            ParseCache.Parse parse = cache.of(f.text());
            data.put(uri, new FileData(uri, f, parse.document()));
        }
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        inputs.put(entryUri, entry.content());
        inputs.putAll(loader.seen());
        return new ProgramRun(entryUri, data, inputs, program, ann != null ? ann : new Annotations(0), std, null);
    }

    /** Whether loading this program now would read the same bytes for every file it read. */
    boolean upToDate(Sources sources) {
        for (Map.Entry<String, byte[]> e : inputs.entrySet()) {
            if (!Arrays.equals(e.getValue(), sources.content(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    String entryUri() {
        return entryUri;
    }

    Program program() {
        return program;
    }

    Annotations annotations() {
        return annotations;
    }

    ModuleLoader std() {
        return std;
    }

    /** The program's files by URI, the entry first. */
    Map<String, FileData> files() {
        return files;
    }

    FileData file(String uri) {
        return files.get(uri);
    }

    /** The file an absolute offset lies in, or null. */
    FileData fileAt(int offset) {
        if (program == null) {
            return null;
        }
        ProgramFile f = program.fileAt(new SourcePos(offset, 1, 1));
        FileData d = files.get(f.source().path());
        return d != null && d.doc().contains(offset) ? d : null;
    }

    /** A file's diagnostics with ranges, in source order. */
    synchronized List<AnalysisDiagnostic> diagnostics(String uri) {
        List<AnalysisDiagnostic> known = diagnostics.get(uri);
        if (known != null) {
            return known;
        }
        FileData f = files.get(uri);
        if (f == null) {
            if (failure != null && uri.equals(entryUri)) {
                Range start = new Range(new Position(0, 0), new Position(0, 0));
                return List.of(new AnalysisDiagnostic(start, ErrorCode.INTERNAL, failure));
            }
            return List.of();
        }
        List<AnalysisDiagnostic> out = new ArrayList<>();
        for (Diagnostic d : f.file().diagnostics().list()) {
            out.add(new AnalysisDiagnostic(blamed(f.doc(), d.line(), d.column()), d.code(), d.message()));
        }
        known = Collections.unmodifiableList(out);
        diagnostics.put(uri, known);
        return known;
    }

    /**
     * The token a diagnostic at a line and column blames, else the character there: at a line's
     * end its line break, at the end of the text the character before.
     */
    private static Range blamed(DocumentText doc, int line, int column) {
        int offset = doc.offset(line, column);
        int i = doc.tokenStartingAt(offset);
        if (i >= 0 && doc.token(i).endOffset() > offset) {
            Token t = doc.token(i);
            if (doc.position(t.endOffset()).line() == doc.position(offset).line()) {
                return doc.range(t);
            }
        }
        String text = doc.text();
        int rel = offset - doc.base();
        if (rel < text.length()) {
            char c = text.charAt(rel);
            if (c == '\r' && rel + 1 < text.length() && text.charAt(rel + 1) == '\n') {
                return doc.range(offset, offset + 2);
            }
            return doc.range(offset, offset + Character.charCount(text.codePointAt(rel)));
        }
        if (rel > 0) {
            return doc.range(offset - 1, offset);
        }
        Position at = doc.position(offset);
        return new Range(at, at); // an empty document has no character to blame
    }

    /** The symbol index, built on first use. */
    synchronized ProgramIndex index() {
        if (index == null) {
            index = BigStack.call(() -> new ProgramIndex(this));
        }
        return index;
    }
}
