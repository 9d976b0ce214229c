package beskid.lowering.ast;

import java.util.List;

/** {@code use a.b.C [as D];}; alias is null when absent. */
public record UseDecl(SourcePos pos, List<String> path, String alias) implements Item {}
