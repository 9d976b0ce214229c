package beskid.lsp.server;

import beskid.lowering.api.SourceUnit;
import beskid.lowering.format.api.FormatResult;
import beskid.lowering.format.api.FormatService;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/**
 * Document and range formatting through the lowering bundle's formatter. The answer is one edit
 * covering only what changed (the formatter answers whole texts), and no edit for a document
 * with syntax errors: the formatter leaves those untouched, and so does the editor.
 */
final class DocumentFormatting {
    private final TextDocuments documents;
    private final Services services;

    DocumentFormatting(TextDocuments documents, Services services) {
        this.documents = documents;
        this.services = services;
    }

    List<TextEdit> whole(String uri) {
        String text = documents.text(uri);
        if (text == null) {
            return List.of();
        }
        return edits(text, formatter().format(source(uri, text)));
    }

    List<TextEdit> range(String uri, Range range) {
        String text = documents.text(uri);
        if (text == null) {
            return List.of();
        }
        int first = range.getStart().getLine() + 1;
        // a selection ending at the start of a line does not take that line in
        int last = range.getEnd().getLine()
                + (range.getEnd().getCharacter() == 0
                                && range.getEnd().getLine() > range.getStart().getLine()
                        ? 0
                        : 1);
        return edits(text, formatter().formatRange(source(uri, text), first, last));
    }

    private FormatService formatter() {
        FormatService service = services.formatter();
        if (service == null) {
            throw Unavailable.error(Unavailable.FORMATTER);
        }
        return service;
    }

    private static SourceUnit source(String uri, String text) {
        Path path = BeskidLanguageServer.Uris.path(uri);
        return SourceUnit.of(path != null ? path.toString() : uri, text);
    }

    private static List<TextEdit> edits(String text, FormatResult result) {
        if (!result.ok() || result.text().equals(text)) {
            return List.of();
        }
        String formatted = result.text();
        int prefix = 0;
        int max = Math.min(text.length(), formatted.length());
        while (prefix < max && text.charAt(prefix) == formatted.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && text.charAt(text.length() - 1 - suffix) == formatted.charAt(formatted.length() - 1 - suffix)) {
            suffix++;
        }
        // never split a surrogate pair or a CRLF between the kept and the replaced text
        while (prefix > 0 && prefix < text.length() && splits(text, prefix)) {
            prefix--;
        }
        while (suffix > 0 && splits(text, text.length() - suffix)) {
            suffix--;
        }
        Range replaced =
                new Range(TextDocuments.position(text, prefix), TextDocuments.position(text, text.length() - suffix));
        return List.of(new TextEdit(replaced, formatted.substring(prefix, formatted.length() - suffix)));
    }

    /** Whether a cut before index {@code at} would part two halves of one character or line break. */
    private static boolean splits(String text, int at) {
        if (at <= 0 || at >= text.length()) {
            return false;
        }
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        return (Character.isHighSurrogate(before) && Character.isLowSurrogate(after))
                || (before == '\r' && after == '\n');
    }
}
