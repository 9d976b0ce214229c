package beskid.cli.command;

import beskid.lowering.api.Diagnostic;
import java.util.List;

/** Prints diagnostics the way compilers do: each rendered with its source line and caret. */
final class Diagnostics {
    private Diagnostics() {}

    /** Prints them to stderr and answers the compile-error exit code. */
    static int report(Console console, List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(d.render());
        }
        out.append(diagnostics.size() == 1 ? "1 error\n" : diagnostics.size() + " errors\n");
        console.error(out.toString());
        return ExitCodes.COMPILE_ERROR;
    }
}
