package beskid.lowering.sema;

import java.util.List;

/** The locals a function body starts with: {@code this} (for methods, else null) and the parameters. */
public record FunctionInfo(LocalVar thisVar, List<LocalVar> params) {}
