package org.ppay.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The GUESS cache rules of {@link PongCaches}, one at a time, on a network of six peers with caches of two. */
class PongCachesTest {
    /** Peer i caches i+1 and i+2 (mod 6). */
    private static int[] ring() {
        int[] cache = new int[12];
        for (int i = 0; i < 6; i++) {
            cache[2 * i] = (i + 1) % 6;
            cache[2 * i + 1] = (i + 2) % 6;
        }
        return cache;
    }

    private static int[] cacheOf(PongCaches caches, int p) {
        int[] out = {caches.at(2 * p), caches.at(2 * p + 1)};
        Arrays.sort(out);
        return out;
    }

    @Test
    void aServedProbeTeachesTheServerItsProberAndTheProberThePeerThePongNames() {
        int[] cache = ring();
        PongCaches caches = new PongCaches(6, 2, cache, CacheModel.GUESS, new SplittableRandom(1));
        caches.offline(0, 2);                      // 0's cache: 1 and a free slot
        caches.served(0, 1);                       // 1 caches 2 and 3; it learns 0, then names a peer other than 0
        assertThat(cacheOf(caches, 1)).contains(0);
        int named = caches.at(0) == 1 ? caches.at(1) : caches.at(0);
        assertThat(named).isIn(2, 3).isNotEqualTo(0);
        assertThat(cacheOf(caches, 0)).contains(1, named);
    }

    @Test
    void aPeerFoundOfflineIsDroppedAndItsSlotLeftFreeUntilAPeerIsLearnt() {
        int[] cache = ring();
        PongCaches caches = new PongCaches(6, 2, cache, CacheModel.GUESS, new SplittableRandom(2));
        caches.offline(3, 4);
        assertThat(cacheOf(caches, 3)).containsExactly(-1, 5);
        caches.offline(3, 4);                      // already gone: nothing more happens
        assertThat(cacheOf(caches, 3)).containsExactly(-1, 5);
    }

    @Test
    void aFullCacheTakesALearntPeerByReplacingAnEntryAndNeverHoldsAPeerTwiceOrItself() {
        int[] cache = ring();
        PongCaches caches = new PongCaches(6, 2, cache, CacheModel.GUESS, new SplittableRandom(3));
        caches.served(4, 2);                       // 2 (caching 3 and 4) learns 4 (already there), names 3; 4 caches 5 and 0
        for (int p = 0; p < 6; p++) {
            int[] c = cacheOf(caches, p);
            assertThat(c[0]).as("peer %d", p).isNotEqualTo(c[1]);
            assertThat(c).as("peer %d", p).doesNotContain(p);
        }
        assertThat(cacheOf(caches, 4)).contains(3);
    }

    @Test
    void fixedCachesNeverChange() {
        int[] cache = ring();
        PongCaches caches = new PongCaches(6, 2, cache, CacheModel.FIXED, new SplittableRandom(4));
        caches.offline(0, 1);
        caches.served(2, 3);
        assertThat(cache).isEqualTo(ring());
        assertThat(caches.reciprocity(new boolean[6])[0]).isZero();    // a ring of two ahead: nobody caches back
    }
}
