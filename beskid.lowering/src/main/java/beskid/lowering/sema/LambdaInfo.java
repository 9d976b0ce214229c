package beskid.lowering.sema;

import java.util.List;

/**
 * A checked lambda: its function type, its parameters and the outer variables it captures
 * (by value, in first-use order, which is the order of the synthetic method's leading
 * parameters).
 */
public record LambdaInfo(FnType type, List<LocalVar> params, List<LocalVar> captures) {}
