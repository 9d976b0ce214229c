package beskid.lowering.emit;

import beskid.lowering.ast.SourcePos;
import beskid.lowering.lanes.Lanes;
import beskid.lowering.sema.InternalErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes the classes of one large module side by side ({@link Lanes}): the module's own class
 * and the parts it spills into (see {@link JvmTypes#FUNCTIONS_PER_CLASS}) share only what does
 * not depend on the order of writing (sets read in their sort order, adapters named by their
 * shapes), so the output is the same bytes as one class after the other. A failure comes with
 * the position its class was working on ({@link InternalErrors} is per thread), exactly as a
 * single thread would have reported it.
 */
final class ClassJobs {
    private ClassJobs() {}

    /** Writes the classes (each of about {@code weights[i]} functions); their bytes, in order. */
    static List<byte[]> run(List<Supplier<byte[]>> jobs, int[] weights) {
        boolean[] failed = new boolean[jobs.size()];
        SourcePos[] failedAt = new SourcePos[jobs.size()];
        List<Supplier<byte[]>> positioned = new ArrayList<>(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            int job = i;
            positioned.add(() -> {
                InternalErrors.reset();
                try {
                    return jobs.get(job).get();
                } catch (RuntimeException | Error e) {
                    failed[job] = true;
                    failedAt[job] = InternalErrors.last();
                    throw e;
                }
            });
        }
        try {
            return Lanes.run(positioned, weights);
        } catch (RuntimeException | Error e) {
            for (int i = 0; i < failed.length; i++) {
                if (failed[i]) { // the first failure in order is the one thrown
                    InternalErrors.reset();
                    InternalErrors.at(failedAt[i]);
                    break;
                }
            }
            throw e;
        }
    }
}
