package beskid.lowering.load;

import beskid.lowering.api.SourceUnit;

/**
 * Parses one file of a program. Lowering parses every file afresh; an editor's analysis keeps
 * parses between loads and hands back the one it has when the file did not change.
 */
@FunctionalInterface
public interface FileParser {
    /**
     * The parse of {@code source}, its positions starting at {@code minBase} or later (so files
     * of one program never share an offset). Its diagnostics must be a collector of its own:
     * the loader and the checker add to it.
     */
    ParsedFile parse(SourceUnit source, int minBase);
}
