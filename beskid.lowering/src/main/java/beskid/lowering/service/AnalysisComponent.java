package beskid.lowering.service;

import beskid.lowering.analysis.Workspace;
import beskid.lowering.analysis.api.AnalysisService;
import beskid.lowering.analysis.api.AnalysisWorkspace;
import beskid.lowering.check.ModuleLoader;
import java.nio.file.Path;
import org.osgi.service.component.annotations.Component;

/**
 * The analysis model as a service; a plain object too ({@code new AnalysisComponent()} works
 * outside OSGi). It checks with the same parser and checker as {@link LoweringComponent}, and
 * keeps its own checked standard library, shared by all its workspaces.
 */
@Component(service = AnalysisService.class)
public final class AnalysisComponent implements AnalysisService {
    private final ModuleLoader std = new ModuleLoader(new StdParser(), AnalysisComponent.class.getClassLoader());

    @Override
    public AnalysisWorkspace open(Path root) {
        return new Workspace(std, root);
    }
}
