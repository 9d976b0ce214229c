package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beskid.lowering.ast.SourcePos;
import beskid.lowering.sema.InternalErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The two lanes that write a large module's classes report as one thread would. */
class ClassJobsTest {
    @Test
    void resultsComeBackInTheJobsOrderFromBothLanes() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Supplier<String>> jobs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String name = "class" + i;
            jobs.add(() -> {
                threads.add(Thread.currentThread().getName());
                return name;
            });
        }
        assertThat(ClassJobs.run(jobs, new int[] {4096, 4096, 4096, 10}))
                .containsExactly("class0", "class1", "class2", "class3");
        assertThat(threads).hasSize(2).contains(Thread.currentThread().getName());
    }

    @Test
    void oneLaneRunsTheJobsInOrderOnTheCallersThread() {
        int before = ClassJobs.lanes;
        ClassJobs.lanes = 1;
        try {
            List<String> ran = new ArrayList<>();
            List<Supplier<String>> jobs = List.of(
                    () -> {
                        ran.add(Thread.currentThread().getName());
                        return "a";
                    },
                    () -> {
                        ran.add(Thread.currentThread().getName());
                        return "b";
                    });
            assertThat(ClassJobs.run(jobs, new int[] {1, 100})).containsExactly("a", "b");
            assertThat(ran).containsOnly(Thread.currentThread().getName());
        } finally {
            ClassJobs.lanes = before;
        }
    }

    @Test
    void theFirstFailingJobInOrderIsReportedAtItsPosition() {
        SourcePos first = new SourcePos(10, 2, 1);
        SourcePos second = new SourcePos(20, 3, 1);
        List<Supplier<String>> jobs = List.of(
                () -> "fine",
                () -> {
                    InternalErrors.at(first);
                    throw new IllegalStateException("first");
                },
                () -> {
                    InternalErrors.at(second);
                    throw new IllegalStateException("second");
                });
        assertThatThrownBy(() -> ClassJobs.run(jobs, new int[] {1, 1, 1})).hasMessage("first");
        assertThat(InternalErrors.last()).isEqualTo(first);
    }
}
