package beskid.lsp.server;

import beskid.lowering.analysis.api.AnalysisService;
import beskid.lowering.api.RunBackend;
import beskid.lowering.format.api.FormatService;

/**
 * The container's services as they are at each moment of use; each answer may be null while
 * its bundle is stopped or being updated.
 */
public interface Services {
    /** The analysis model, or null. */
    AnalysisService analysis();

    /** The formatter, or null. */
    FormatService formatter();

    /** The JIT run backend, or null. */
    RunBackend jit();
}
