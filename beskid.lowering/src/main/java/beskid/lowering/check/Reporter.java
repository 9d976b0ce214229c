package beskid.lowering.check;

import beskid.lowering.ast.SourcePos;

/** Where the checker sends compile errors; the pipeline turns them into diagnostics. */
@FunctionalInterface
public interface Reporter {
    /** Reports an error at a position with a stable code such as {@code E0201}. */
    void error(SourcePos pos, String code, String message);
}
