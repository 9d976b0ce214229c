package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beskid.lowering.ast.SourcePos;
import beskid.lowering.sema.InternalErrors;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A class that fails on either lane is reported at the position it was working on. */
class ClassJobsTest {
    @Test
    void theFirstFailingClassInOrderIsReportedAtItsPosition() {
        SourcePos first = new SourcePos(10, 2, 1);
        SourcePos second = new SourcePos(20, 3, 1);
        List<Supplier<byte[]>> jobs = List.of(
                () -> new byte[0],
                () -> {
                    InternalErrors.at(first);
                    throw new IllegalStateException("first");
                },
                () -> {
                    InternalErrors.at(second);
                    throw new IllegalStateException("second");
                });
        assertThatThrownBy(() -> ClassJobs.run(jobs, new int[] {1, 1, 100})).hasMessage("first");
        assertThat(InternalErrors.last()).isEqualTo(first);
    }
}
