package beskid.lowering.syntax;

import beskid.lowering.api.Diagnostic;
import beskid.lowering.ast.CompilationUnit;
import beskid.lowering.diag.Diagnostics;
import java.util.List;
import java.util.stream.Collectors;

/** Parses test snippets and shows their diagnostics compactly. */
final class ParseSupport {
    private ParseSupport() {}

    /** The result of parsing one snippet. */
    record Parsed(CompilationUnit unit, List<Diagnostic> diagnostics) {
        /** {@code line:col code message} per diagnostic, one per line. */
        String errors() {
            return diagnostics.stream()
                    .map(d -> d.line() + ":" + d.column() + " " + d.code() + " " + d.message())
                    .collect(Collectors.joining("\n"));
        }
    }

    static Parsed parse(String source) {
        return parse(SourceText.of("test.bd", source));
    }

    static Parsed parse(SourceText text) {
        Diagnostics diags = new Diagnostics(text);
        CompilationUnit unit = Parser.parse(text, diags);
        return new Parsed(unit, diags.list());
    }

    static Parsed parseBytes(byte[] bytes) {
        return parse(SourceText.decode("test.bd", bytes));
    }
}
