package beskid.lowering.api;

import java.util.ServiceLoader;
import org.osgi.annotation.versioning.ProviderType;

/** The one code generator: checks Beskid source and lowers it to the shared artifact. */
@ProviderType
public interface LoweringService {
    /** Parses and type-checks; the result carries diagnostics only. */
    LoweringResult check(SourceUnit source);

    /** Parses, checks and lowers; the artifact is there when there are no errors. Deterministic. */
    LoweringResult lower(SourceUnit source);

    /** A readable listing: ABI version, imports, exports, entry, tests and the bytecode of each method. */
    String dump(LoweredArtifact artifact);

    /**
     * A lowering service for use outside an OSGi container (benchmarks, tests, tools that wire
     * the classes by hand): the implementation the lowering jar declares in {@code
     * META-INF/services}. In a container, get the service from the registry instead.
     *
     * @throws IllegalStateException when no implementation is on the class path
     */
    static LoweringService standalone() {
        return ServiceLoader.load(LoweringService.class, LoweringService.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "no LoweringService implementation on the class path (is beskid.lowering there?)"));
    }
}
