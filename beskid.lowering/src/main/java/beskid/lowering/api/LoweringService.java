package beskid.lowering.api;

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
}
