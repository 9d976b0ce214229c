package beskid.lsp.server;

import beskid.backend.jit.JitBackend;
import beskid.lowering.analysis.api.AnalysisService;
import beskid.lowering.api.RunBackend;
import beskid.lowering.format.api.FormatService;
import beskid.lowering.service.AnalysisComponent;
import beskid.lowering.service.FormatComponent;
import beskid.lowering.service.LoweringComponent;
import beskid.runtime.standalone.StandaloneRuntime;

/** The real services as plain objects, each one switchable off and on like a bundle. */
final class TestServices implements Services {
    private static final RunBackend JIT = new JitBackend(new LoweringComponent(), StandaloneRuntime.start());

    volatile AnalysisService analysis = new AnalysisComponent();
    volatile FormatService formatter = new FormatComponent();
    volatile RunBackend jit = JIT;

    @Override
    public AnalysisService analysis() {
        return analysis;
    }

    @Override
    public FormatService formatter() {
        return formatter;
    }

    @Override
    public RunBackend jit() {
        return jit;
    }
}
