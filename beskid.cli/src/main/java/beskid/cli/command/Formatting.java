package beskid.cli.command;

import beskid.lowering.api.SourceUnit;
import beskid.lowering.format.api.FormatResult;
import beskid.lowering.format.api.FormatService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code beskid fmt}: rewrites each file (or each {@code .bd} file under a folder) in its
 * canonical layout, or with {@code --check} only lists the files that would change. A file is
 * written only when it changes, through a temporary sibling. A file with syntax errors is left
 * as it is and its diagnostics are printed; an unreadable or unwritable file is one line on
 * stderr; either way the other files are still formatted. Exit 2 when a file could not be
 * formatted, else 1 when {@code --check} found a file to change, else 0.
 */
final class Formatting {
    private final FormatService formatter;
    private final Console console;

    Formatting(FormatService formatter, Console console) {
        this.formatter = formatter;
        this.console = console;
    }

    int run(List<String> targets, boolean check) {
        int exit = ExitCodes.OK;
        for (String target : targets) {
            List<String> files;
            try {
                files = SourceFiles.list(target);
            } catch (UserError e) {
                console.error("beskid: " + e.getMessage() + "\n");
                exit = ExitCodes.COMPILE_ERROR;
                continue;
            }
            for (String file : files) {
                exit = worse(exit, file(file, check));
            }
        }
        return exit;
    }

    private int file(String file, boolean check) {
        try {
            SourceUnit source = SourceFiles.read(file);
            FormatResult result = formatter.format(source);
            if (!result.ok()) {
                return Diagnostics.report(console, result.diagnostics());
            }
            if (!result.changed()) {
                return ExitCodes.OK;
            }
            if (check) {
                console.print(file + "\n");
                return ExitCodes.TESTS_FAILED;
            }
            AtomicFiles.replace(Path.of(file), result.text().getBytes(StandardCharsets.UTF_8));
            console.print("formatted " + file + "\n");
            return ExitCodes.OK;
        } catch (UserError e) {
            console.error("beskid: " + e.getMessage() + "\n");
            return ExitCodes.COMPILE_ERROR;
        }
    }

    /** 2 (could not format) beats 1 (would change) beats 0. */
    private static int worse(int a, int b) {
        return Math.max(a, b);
    }
}
