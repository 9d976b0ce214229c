package beskid.lowering.backend;

import beskid.abi.Abi;
import beskid.abi.InteropTag;
import beskid.abi.RuntimeSymbol;
import beskid.lowering.api.BackendUnavailableException;
import beskid.lowering.api.Diagnostic;
import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.LoweringService;
import beskid.lowering.api.SourceSet;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.api.SymbolImport;
import beskid.lowering.diag.ErrorCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The one check both backends make (JIT binding, AOT link step). Checks an artifact's import table against the symbols the runtime exports, before any code
 * is defined: every import must be in {@link Abi#RUNTIME_EXPORT_SYMBOLS} with the same ABI
 * signature, and every interop tag must exist. A mismatch is reported by name here instead of
 * surfacing later as a {@link LinkageError} in the middle of a run.
 */
public final class ImportCheck {
    private ImportCheck() {}

    /** The problems found, one readable line each; empty when every import binds. */
    public static List<String> problems(LoweredArtifact artifact) {
        List<String> problems = new ArrayList<>();
        if (artifact.abiVersion() != Abi.BESKID_RUNTIME_ABI_VERSION) {
            problems.add("artifact was lowered against ABI " + artifact.abiVersion()
                    + " but the runtime implements ABI " + Abi.BESKID_RUNTIME_ABI_VERSION);
        }
        for (SymbolImport wanted : artifact.imports()) {
            RuntimeSymbol symbol = RuntimeSymbol.byName(wanted.symbol());
            if (symbol == null || !Abi.RUNTIME_EXPORT_SYMBOLS.contains(symbol)) {
                problems.add("runtime symbol " + wanted.symbol() + " " + wanted.signature()
                        + " is not exported by the runtime (ABI " + Abi.BESKID_RUNTIME_ABI_VERSION + ")");
            } else if (!symbol.signature().equals(wanted.signature())) {
                problems.add("runtime symbol " + wanted.symbol() + " has signature " + symbol.signature()
                        + ", artifact expects " + wanted.signature());
            }
        }
        for (int tag : artifact.interopTags()) {
            if (InteropTag.byId(tag) == null) {
                problems.add("interop tag " + tag + " is not known to the runtime (ABI "
                        + Abi.BESKID_RUNTIME_ABI_VERSION + ")");
            }
        }
        return problems;
    }

    /**
     * A lowered artifact whose imports all bind, or the diagnostics that stop it.
     *
     * @param diagnostics compile errors, a missing main, or unbound imports
     * @param artifact the artifact when there are no diagnostics, else null
     */
    public record Checked(List<Diagnostic> diagnostics, LoweredArtifact artifact) {
        /** Copies the diagnostics. */
        public Checked {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * The step both backends start with: lower through the shared service, require {@code main}
     * when asked, and check every import against the runtime's table.
     *
     * @param lowering the lowering service, or null when it is gone
     * @throws BackendUnavailableException when the lowering service is gone
     */
    public static Checked lowerAndCheck(LoweringService lowering, SourceUnit source, boolean needsMain) {
        return lowerAndCheck(lowering, SourceSet.of(source), needsMain);
    }

    /**
     * The same for a program of several files: every module the entry loads is lowered with it.
     *
     * @param lowering the lowering service, or null when it is gone
     * @throws BackendUnavailableException when the lowering service is gone
     */
    public static Checked lowerAndCheck(LoweringService lowering, SourceSet sources, boolean needsMain) {
        SourceUnit source = sources.entry();
        if (lowering == null) {
            throw new BackendUnavailableException("the lowering service is not available (stopped or being updated)");
        }
        LoweringResult lowered = lowering.lower(sources);
        if (!lowered.ok()) {
            return new Checked(lowered.diagnostics(), null);
        }
        LoweredArtifact artifact = lowered.artifact();
        if (needsMain && artifact.entry() == null) {
            return new Checked(List.of(noMain(source.path())), null);
        }
        List<Diagnostic> unbound = problems(artifact).stream()
                .map(p -> linkError(source.path(), p))
                .toList();
        return new Checked(unbound, unbound.isEmpty() ? artifact : null);
    }

    /** The diagnostic for a program without {@code main} asked to run or build. */
    public static Diagnostic noMain(String path) {
        return new Diagnostic(
                path, 1, 1, ErrorCode.NO_MAIN, "no `main` function: `run` and `build` need an entry point", null);
    }

    /** The diagnostic for an import the runtime's table does not provide. */
    public static Diagnostic linkError(String path, String problem) {
        return new Diagnostic(path, 1, 1, ErrorCode.UNBOUND_IMPORT, problem, null);
    }
}
