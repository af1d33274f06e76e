package org.ppay.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongIntMapTest {
    @Test
    void answersAsAHashMapDoesThroughPutsRemovesAndGrowth() {
        LongIntMap map = new LongIntMap(4);
        Map<Long, Integer> reference = new HashMap<>();
        SplittableRandom rng = new SplittableRandom(7);
        for (int step = 0; step < 200_000; step++) {
            long key = rng.nextInt(3_000);              // few keys: long probe runs, many removals inside them
            if (rng.nextInt(3) == 0) {
                map.remove(key);
                reference.remove(key);
            } else {
                map.put(key, step);
                reference.put(key, step);
            }
            long probe = rng.nextInt(3_000);
            assertThat(map.get(probe, -1)).isEqualTo(reference.getOrDefault(probe, -1));
        }
        assertThat(map.size()).isEqualTo(reference.size());
        for (long k = 0; k < 3_000; k++) assertThat(map.get(k, -1)).isEqualTo(reference.getOrDefault(k, -1));
    }
}
