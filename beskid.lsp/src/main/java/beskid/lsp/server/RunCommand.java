package beskid.lsp.server;

import beskid.abi.RunContext;
import beskid.lowering.api.BackendUnavailableException;
import beskid.lowering.api.Diagnostic;
import beskid.lowering.api.RunBackend;
import beskid.lowering.api.RunRequest;
import beskid.lowering.api.RunResult;
import beskid.lowering.api.SourceLoader;
import beskid.lowering.api.SourceSet;
import beskid.lowering.api.SourceUnit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code beskid.run}: runs a document's program through the JIT backend, its module files taken
 * from the open documents first and from disk otherwise, and answers its output and exit code.
 */
final class RunCommand {
    /** Exit code of a program that did not compile (as {@code beskid run}). */
    static final int COMPILE_ERROR = 2;

    private RunCommand() {}

    /**
     * The program of the document at {@code uri}, from a snapshot of the open texts taken on
     * the session thread (the program then runs on a thread of its own).
     */
    static SourceSet program(String uri, Map<String, String> openTexts) {
        Path entry = BeskidLanguageServer.Uris.path(uri);
        if (entry == null) {
            throw Unavailable.invalidParams("beskid.run needs a file: URI, not `" + uri + "`");
        }
        String text = openTexts.get(uri);
        SourceUnit unit;
        try {
            unit = text != null
                    ? SourceUnit.of(entry.toString(), text)
                    : new SourceUnit(entry.toString(), Files.readAllBytes(entry));
        } catch (IOException e) {
            throw Unavailable.invalidParams("cannot read " + entry + ": " + e.getMessage());
        }
        SourceLoader disk = SourceSet.loaderBeside(entry);
        Path folder = entry.getParent();
        SourceLoader loader = path -> {
            String open = folder == null
                    ? null
                    : openTexts.get(folder.resolve(path).toUri().toString());
            return open != null ? SourceUnit.of(folder.resolve(path).toString(), open) : disk.load(path);
        };
        return new SourceSet(unit, loader);
    }

    /** Runs a program: {@code {exitCode, stdout, stderr}}; compile errors are its stderr, exit 2. */
    static Map<String, Object> run(RunBackend jit, SourceSet program) {
        if (jit == null) {
            throw Unavailable.error(Unavailable.JIT);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunResult result;
        try {
            result =
                    jit.run(new RunRequest(program, RunContext.of(out, err, InputStream.nullInputStream(), List.of())));
        } catch (BackendUnavailableException e) {
            throw Unavailable.error(e.getMessage());
        }
        int exitCode;
        if (!result.diagnostics().isEmpty()) {
            for (Diagnostic d : result.diagnostics()) {
                err.writeBytes(d.render().getBytes(StandardCharsets.UTF_8));
            }
            exitCode = COMPILE_ERROR;
        } else {
            exitCode = result.outcome().exitCode();
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("exitCode", exitCode);
        answer.put("stdout", out.toString(StandardCharsets.UTF_8));
        answer.put("stderr", err.toString(StandardCharsets.UTF_8));
        return answer;
    }
}
