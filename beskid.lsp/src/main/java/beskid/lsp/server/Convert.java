package beskid.lsp.server;

import beskid.lowering.analysis.api.AnalysisDiagnostic;
import beskid.lowering.analysis.api.SymbolKind;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Between the analysis model's records and LSP4J's (both count LSP positions). */
final class Convert {
    static final String SOURCE = "beskid";

    private Convert() {}

    static Position position(beskid.lowering.analysis.api.Position p) {
        return new Position(p.line(), p.character());
    }

    static beskid.lowering.analysis.api.Position position(Position p) {
        return new beskid.lowering.analysis.api.Position(p.getLine(), p.getCharacter());
    }

    static Range range(beskid.lowering.analysis.api.Range r) {
        return new Range(position(r.start()), position(r.end()));
    }

    static beskid.lowering.analysis.api.Range range(Range r) {
        return new beskid.lowering.analysis.api.Range(position(r.getStart()), position(r.getEnd()));
    }

    static Location location(beskid.lowering.analysis.api.Location l) {
        return new Location(l.uri(), range(l.range()));
    }

    static Diagnostic diagnostic(AnalysisDiagnostic d) {
        Diagnostic diagnostic = new Diagnostic(range(d.range()), d.message(), DiagnosticSeverity.Error, SOURCE);
        if (d.code() != null) {
            diagnostic.setCode(d.code());
        }
        return diagnostic;
    }

    static org.eclipse.lsp4j.SymbolKind symbolKind(SymbolKind kind) {
        return switch (kind) {
            case MODULE -> org.eclipse.lsp4j.SymbolKind.Module;
            case FUNCTION, TEST -> org.eclipse.lsp4j.SymbolKind.Function;
            case METHOD -> org.eclipse.lsp4j.SymbolKind.Method;
            case STRUCT -> org.eclipse.lsp4j.SymbolKind.Struct;
            case FIELD -> org.eclipse.lsp4j.SymbolKind.Field;
            case ENUM -> org.eclipse.lsp4j.SymbolKind.Enum;
            case VARIANT -> org.eclipse.lsp4j.SymbolKind.EnumMember;
            case CONTRACT -> org.eclipse.lsp4j.SymbolKind.Interface;
            case TYPE_ALIAS -> org.eclipse.lsp4j.SymbolKind.Class;
            case TYPE_PARAMETER -> org.eclipse.lsp4j.SymbolKind.TypeParameter;
            case EVENT -> org.eclipse.lsp4j.SymbolKind.Event;
            case PARAMETER, LOCAL -> org.eclipse.lsp4j.SymbolKind.Variable;
            case KEYWORD -> org.eclipse.lsp4j.SymbolKind.Key;
        };
    }

    static CompletionItemKind completionKind(SymbolKind kind) {
        return switch (kind) {
            case MODULE -> CompletionItemKind.Module;
            case FUNCTION, TEST -> CompletionItemKind.Function;
            case METHOD -> CompletionItemKind.Method;
            case STRUCT -> CompletionItemKind.Struct;
            case FIELD -> CompletionItemKind.Field;
            case ENUM -> CompletionItemKind.Enum;
            case VARIANT -> CompletionItemKind.EnumMember;
            case CONTRACT -> CompletionItemKind.Interface;
            case TYPE_ALIAS -> CompletionItemKind.Class;
            case TYPE_PARAMETER -> CompletionItemKind.TypeParameter;
            case EVENT -> CompletionItemKind.Event;
            case PARAMETER, LOCAL -> CompletionItemKind.Variable;
            case KEYWORD -> CompletionItemKind.Keyword;
        };
    }
}
