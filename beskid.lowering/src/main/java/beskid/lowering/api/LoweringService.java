package beskid.lowering.api;

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
}
