package org.ppay.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairMapTest {
    @Test
    void theDenseTableAndTheHashAnswerAlikeThroughPutsAndRemoves() {
        int n = 60;
        PairMap dense = new PairMap(n, 10, true), hashed = new PairMap(n, 10, false);
        assertThat(dense.isDense()).isTrue();
        assertThat(hashed.isDense()).isFalse();
        Map<Long, Integer> reference = new HashMap<>();
        SplittableRandom rng = new SplittableRandom(11);
        for (int step = 0; step < 100_000; step++) {
            int a = rng.nextInt(n), b = rng.nextInt(n);
            if (rng.nextInt(3) == 0) {
                dense.remove(a, b);
                hashed.remove(a, b);
                reference.remove((long) a * n + b);
            } else {
                int v = rng.nextInt(1000);
                dense.put(a, b, v);
                hashed.put(a, b, v);
                reference.put((long) a * n + b, v);
            }
            int x = rng.nextInt(n), y = rng.nextInt(n);
            int expected = reference.getOrDefault((long) x * n + y, -1);
            assertThat(dense.get(x, y)).isEqualTo(expected);
            assertThat(hashed.get(x, y)).isEqualTo(expected);
        }
    }

    @Test
    void aTable1NetworkGetsTheDenseTableAndAHugeOneTheHash() {
        assertThat(new PairMap(1000, 100).isDense()).isTrue();
        assertThat(new PairMap(100_000, 100).isDense()).isFalse();
    }
}
