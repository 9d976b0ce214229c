package beskid.lsp.server;

import beskid.lowering.analysis.api.Analysis;
import beskid.lowering.analysis.api.Position;
import beskid.lowering.analysis.api.SymbolInfo;
import beskid.lowering.analysis.api.SymbolOccurrence;
import beskid.lowering.analysis.api.TypeAt;
import java.util.Optional;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/**
 * Hover text: the symbol's signature (or the expression's type) as a Beskid code block, its
 * type when the signature does not show it, then its doc comment.
 */
final class Hovers {
    private Hovers() {}

    static Hover hover(Analysis analysis, String uri, Position at) {
        Optional<SymbolOccurrence> symbol = analysis.symbolAt(uri, at);
        Optional<TypeAt> type = analysis.typeAt(uri, at);
        if (symbol.isEmpty() && type.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        org.eclipse.lsp4j.Range range;
        if (symbol.isPresent()) {
            SymbolInfo s = symbol.get().symbol();
            String head = s.detail() != null ? s.detail() : s.name();
            code(text, head);
            type.filter(t -> !head.contains(t.type()))
                    .ifPresent(t -> text.append("\nType: `").append(t.type()).append("`\n"));
            if (s.documentation() != null && !s.documentation().isBlank()) {
                text.append("\n---\n\n").append(s.documentation().strip()).append('\n');
            }
            range = Convert.range(symbol.get().location().range());
        } else {
            code(text, type.get().type());
            range = Convert.range(type.get().range());
        }
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, text.toString()), range);
    }

    private static void code(StringBuilder text, String source) {
        text.append("```beskid\n").append(source).append("\n```\n");
    }
}
