package org.ppay.sim;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Every peer's pong cache, one table of {@code peers × cacheSize} entries (entry {@code i * cacheSize + s} is slot
 * s of peer i; −1 is a free slot), and, under {@link CacheModel#GUESS}, their upkeep. The rules, each from its
 * source (docs/simulation-inputs.md, Section 8, gives the text):
 *
 * <ol>
 *   <li><b>Introduction.</b> A peer that serves a probe learns its prober and caches it: "P ping Q, Q cache P,
 *   then pong P" (Yang, Vinograd and Garcia-Molina, <i>Evaluating GUESS and Non-Forwarding Peer-to-Peer
 *   Search</i>, ICDCS 2004, "Maintaining State"). They state it for pings; a query probe carries the same address,
 *   and applying it to probes is our reading.</li>
 *   <li><b>Acknowledgement pong.</b> A server "MUST respond with a pong" to a query, and the pong "MUST be a pong for
 *   another GUESS Ultrapeer, if available, and not a pong for the Ultrapeer receiving the query"; with no other
 *   to name, "the pong MUST be for the server itself" (GUESS 0.1, Section 2.2.1). Query acknowledgement pongs are
 *   the preferred way to discover peers (Section 3.2). Which cached peer the pong names is a policy (QueryPong,
 *   Yang et al.); we take the simplest, a random one.</li>
 *   <li><b>Eviction.</b> An acknowledgement lets "the client know the server is still up" (GUESS 0.1, 2.2.1); a
 *   probe of an offline peer gets none, and the prober drops the entry. Our network loses no messages, so no pong
 *   means offline now; a dropped peer that comes back is learnt again like any other.</li>
 *   <li><b>Replacement.</b> A peer learnt into a cache goes into a free slot, else it replaces an entry chosen by
 *   the CacheReplacement policy (Yang et al.); we take random replacement, the simplest. A peer is cached once.</li>
 * </ol>
 *
 * A probe the payee refuses (it gives the prober no credit and the prober cannot pay, Section 5.4) is not served:
 * it teaches neither side anything. Choices draw from a stream of their own, so the draws of churn and queries
 * are the same under both models. Not thread-safe.
 */
final class PongCaches {
    private final int n, c;
    private final int[] cache;
    private final boolean guess;
    private final SplittableRandom rng;
    /**
     * GUESS: which (peer, cached peer) pairs are in the table (a bit each: a probe's upkeep asks twice, and the
     * table stays in the core's cache); the slot is found in the peer's row. And each peer's free slots, as a stack.
     */
    private final PairBits cached;
    private final int[] free, freeCount;

    PongCaches(int n, int c, int[] cache, CacheModel model, SplittableRandom rng) {
        this.n = n;
        this.c = c;
        this.cache = cache;
        this.guess = model == CacheModel.GUESS;
        this.rng = rng;
        if (guess) {
            cached = new PairBits(n, cache.length);
            for (int e = 0; e < cache.length; e++) cached.add(e / c, cache[e]);
            free = new int[cache.length];
            freeCount = new int[n];
        } else {
            cached = null;
            free = freeCount = null;
        }
    }

    /** The peer in entry {@code entry}, or −1 for a free slot. */
    int at(int entry) { return cache[entry]; }

    /** A probe of {@code j} by {@code q} found j offline: q drops it (rule 3). */
    void offline(int q, int j) { offline(q, j, 0); }

    /** As {@link #offline(int, int)}, j most likely still in slot {@code slot} of q's cache (where the query found it). */
    void offline(int q, int j, int slot) {
        if (!guess || !cached.contains(q, j)) return;     // already replaced during this query
        int s = cache[q * c + slot] == j ? slot : slotOf(q, j);
        cached.remove(q, j);
        cache[q * c + s] = -1;
        free[q * c + freeCount[q]++] = s;
    }

    /** The slot of p's cache holding k, which p caches (once). */
    private int slotOf(int p, int k) {
        for (int s = 0; s < c; s++) if (cache[p * c + s] == k) return s;
        throw new IllegalStateException(p + " does not cache " + k);
    }

    /** j served q's probe: j learns q (rule 1), and q learns the peer j's acknowledgement pong names (rule 2). */
    void served(int q, int j) {
        if (!guess) return;
        learn(j, q);
        learn(q, pongFrom(j, q));
    }

    /** A random cached peer of j other than q, scanning on from a random slot; j itself when it has none. */
    private int pongFrom(int j, int q) {
        int row = j * c, start = rng.nextInt(c);
        for (int s = start; s < c; s++) {
            int k = cache[row + s];
            if (k >= 0 && k != q) return k;
        }
        for (int s = 0; s < start; s++) {
            int k = cache[row + s];
            if (k >= 0 && k != q) return k;
        }
        return j;
    }

    /** p caches k, unless k is p or already cached: into a free slot, else replacing a random entry (rule 4). */
    private void learn(int p, int k) {
        if (k == p || !cached.add(p, k)) return;
        int s;
        if (freeCount[p] > 0) {
            s = free[p * c + --freeCount[p]];
        } else {
            s = rng.nextInt(c);
            cached.remove(p, cache[p * c + s]);
        }
        cache[p * c + s] = k;
    }

    private long key(int p, int k) { return (long) p * n + k; }

    /**
     * The share of cache entries p → k whose target k also caches p (free slots aside), over every entry and over
     * the entries between two peers online now ({@code online}); 0 where there are none.
     */
    double[] reciprocity(boolean[] online) {
        long[] sorted = new long[cache.length];
        int filled = 0;
        for (int e = 0; e < cache.length; e++) if (cache[e] >= 0) sorted[filled++] = key(e / c, cache[e]);
        sorted = Arrays.copyOf(sorted, filled);
        Arrays.sort(sorted);
        long mutual = 0, live = 0, liveMutual = 0;
        for (long k : sorted) {
            int p = (int) (k / n), q = (int) (k % n);
            boolean both = Arrays.binarySearch(sorted, (long) q * n + p) >= 0;
            if (both) mutual++;
            if (online[p] && online[q]) {
                live++;
                if (both) liveMutual++;
            }
        }
        return new double[] {filled == 0 ? 0 : (double) mutual / filled, live == 0 ? 0 : (double) liveMutual / live};
    }
}
