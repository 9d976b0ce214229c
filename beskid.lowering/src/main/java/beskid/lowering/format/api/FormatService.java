package beskid.lowering.format.api;

import beskid.lowering.api.SourceUnit;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Formats Beskid source into its canonical layout (docs/FORMAT.md). It only parses: a file with
 * type errors formats, a file with syntax errors is answered with its diagnostics and no text.
 * Implementations are thread-safe.
 */
@ProviderType
public interface FormatService {
    /** Formats one whole file. */
    FormatResult format(SourceUnit source);

    /**
     * Formats only the top-level items that overlap lines {@code firstLine..lastLine} (1-based,
     * inclusive; an editor's selection), from the first line of the first of them to the last
     * line of the last; the rest of the text is kept exactly. The answer holds the whole text.
     */
    FormatResult formatRange(SourceUnit source, int firstLine, int lastLine);
}
