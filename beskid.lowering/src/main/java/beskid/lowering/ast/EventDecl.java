package beskid.lowering.ast;

import java.util.List;

/** {@code event{N} Name(params)}; capacity defaults to 8. */
public record EventDecl(SourcePos pos, int capacity, String name, List<Param> params) {}
