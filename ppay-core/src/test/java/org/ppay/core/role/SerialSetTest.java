package org.ppay.core.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Runs of serials answer exactly as a set of every serial would, in a run per gap. */
class SerialSetTest {
    @Test
    void randomAddsAnswerContainsAndNextFreeExactlyAsASetOfNumbers() {
        SplittableRandom r = new SplittableRandom(5);
        SerialSet runs = new SerialSet();
        Set<Long> model = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            long sn = 100 + r.nextInt(400);
            assertThat(runs.add(sn)).isEqualTo(model.add(sn));
            long probe = 90 + r.nextInt(420);
            assertThat(runs.contains(probe)).isEqualTo(model.contains(probe));
            long free = probe;
            while (model.contains(free)) free++;
            assertThat(runs.nextFree(probe)).isEqualTo(free);
        }
        assertThat(runs.runs()).isLessThanOrEqualTo(1 + 400 - model.size() + 1);
    }

    @Test
    void serialsPrintedInOrderTakeOneRun() {
        SerialSet runs = new SerialSet();
        for (long sn = 1; sn <= 10_000; sn++) assertThat(runs.add(sn)).isTrue();
        assertThat(runs.runs()).isEqualTo(1);
        assertThat(runs.nextFree(1)).isEqualTo(10_001);
        assertThat(runs.add(5_000)).isFalse();
    }
}
