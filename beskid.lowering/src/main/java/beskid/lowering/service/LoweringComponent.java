package beskid.lowering.service;

import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.LoweringService;
import beskid.lowering.api.SourceSet;
import beskid.lowering.check.ModuleLoader;
import org.osgi.service.component.annotations.Component;

/**
 * The lowering service: checks Beskid source and lowers it to the artifact both backends run.
 * A plain object as well as a DS component ({@code LoweringService.standalone()} finds it outside
 * OSGi). The checked standard library is cached for the component's lifetime; compilations
 * are independent and may run concurrently.
 */
@Component(service = LoweringService.class)
public final class LoweringComponent implements LoweringService {
    private final ModuleLoader loader = new ModuleLoader(new StdParser(), LoweringComponent.class.getClassLoader());

    @Override
    public LoweringResult check(SourceSet sources) {
        return new Compilation(loader, sources, false).run();
    }

    @Override
    public LoweringResult lower(SourceSet sources) {
        return new Compilation(loader, sources, true).run();
    }

    @Override
    public String dump(LoweredArtifact artifact) {
        return ArtifactDump.render(artifact);
    }
}
