package org.ppay.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairBitsTest {
    @Test
    void theDenseTableAndTheHashAnswerAlikeThroughAddsAndRemoves() {
        int n = 70;
        PairBits dense = new PairBits(n, 10, true), hashed = new PairBits(n, 10, false);
        assertThat(dense.isDense()).isTrue();
        assertThat(hashed.isDense()).isFalse();
        Set<Long> reference = new HashSet<>();
        SplittableRandom rng = new SplittableRandom(12);
        for (int step = 0; step < 100_000; step++) {
            int a = rng.nextInt(n), b = rng.nextInt(n);
            if (rng.nextInt(3) == 0) {
                dense.remove(a, b);
                hashed.remove(a, b);
                reference.remove((long) a * n + b);
            } else {
                boolean added = reference.add((long) a * n + b);
                assertThat(dense.add(a, b)).isEqualTo(added);
                assertThat(hashed.add(a, b)).isEqualTo(added);
            }
            int x = rng.nextInt(n), y = rng.nextInt(n);
            boolean expected = reference.contains((long) x * n + y);
            assertThat(dense.contains(x, y)).isEqualTo(expected);
            assertThat(hashed.contains(x, y)).isEqualTo(expected);
        }
    }

    @Test
    void aTable1NetworkGetsTheDenseTableAndAHugeOneTheHash() {
        assertThat(new PairBits(1000, 100).isDense()).isTrue();
        assertThat(new PairBits(100_000, 100).isDense()).isFalse();
    }
}
