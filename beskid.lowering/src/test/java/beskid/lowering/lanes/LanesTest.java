package beskid.lowering.lanes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Two lanes give the results and the failure one thread running the jobs in order would. */
class LanesTest {
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
        assertThat(Lanes.run(jobs, new int[] {4096, 4096, 4096, 10}))
                .containsExactly("class0", "class1", "class2", "class3");
        assertThat(threads).hasSize(2).contains(Thread.currentThread().getName());
    }

    @Test
    void oneLaneRunsTheJobsInOrderOnTheCallersThread() {
        int before = Lanes.lanes;
        Lanes.lanes = 1;
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
            assertThat(Lanes.run(jobs, new int[] {1, 100})).containsExactly("a", "b");
            assertThat(ran).containsOnly(Thread.currentThread().getName());
        } finally {
            Lanes.lanes = before;
        }
    }

    @Test
    void theFirstFailingJobInOrderIsTheFailure() {
        List<Supplier<String>> jobs = List.of(
                () -> "fine",
                () -> {
                    throw new IllegalStateException("first");
                },
                () -> {
                    throw new IllegalStateException("second");
                });
        assertThatThrownBy(() -> Lanes.run(jobs, new int[] {1, 1, 100})).hasMessage("first");
    }
}
