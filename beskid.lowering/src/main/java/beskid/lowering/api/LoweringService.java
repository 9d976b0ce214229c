package beskid.lowering.api;

import java.util.ServiceLoader;
import org.osgi.annotation.versioning.ProviderType;

/** The one code generator: checks Beskid programs and lowers them to the shared artifact. */
@ProviderType
public interface LoweringService {
    /**
     * Parses and type-checks a program: its entry file and every module file it loads; the
     * result carries diagnostics only.
     */
    LoweringResult check(SourceSet sources);

    /**
     * Parses, checks and lowers a program (every module it loads is in the artifact); the
     * artifact is there when there are no errors. Deterministic.
     */
    LoweringResult lower(SourceSet sources);

    /** Checks a program of one file. */
    default LoweringResult check(SourceUnit source) {
        return check(SourceSet.of(source));
    }

    /** Lowers a program of one file. */
    default LoweringResult lower(SourceUnit source) {
        return lower(SourceSet.of(source));
    }

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
