package beskid.lowering.service;

import beskid.lowering.api.Diagnostic;
import beskid.lowering.ast.CompilationUnit;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.check.Reporter;
import beskid.lowering.check.SourceParser;
import beskid.lowering.diag.Diagnostics;
import beskid.lowering.syntax.Parser;
import beskid.lowering.syntax.SourceText;

/**
 * Parses standard library sources with the same parser as programs. Public for the checker's
 * tests; the package stays private to the bundle.
 */
public final class StdParser implements SourceParser {
    @Override
    public CompilationUnit parse(String path, String text, Reporter reporter) {
        SourceText source = SourceText.of(path, text);
        Diagnostics diags = new Diagnostics(source);
        CompilationUnit unit = Parser.parse(source, diags);
        for (Diagnostic d : diags.list()) {
            reporter.error(new SourcePos(0, d.line(), d.column()), d.code(), d.message());
        }
        return unit;
    }
}
