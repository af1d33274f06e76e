package org.ppay.sim;

import java.util.Arrays;

/**
 * A map from ordered pairs of peers (a, b), both in [0, n), to non-negative ints. A small network gets a dense
 * n × n table, a large one a {@link LongIntMap} keyed a * n + b: the same answers, but the table needs no hashing
 * and, at Table 1's 1000 peers, fits in 4 MB where the hash's scattered probes missed the caches (a profile of a
 * run with GUESS caches had these lookups at over half of its time).
 */
public final class PairMap {
    /** Networks up to this many pairs (2048 peers) get the dense table: 16 MB at most per map. */
    public static final long DENSE_PAIRS = 1L << 22;
    private final int n;
    /** Dense: value + 1 per pair, 0 for none. */
    private final int[] dense;
    private final LongIntMap hashed;

    /** A map for peers in [0, n), expecting about {@code expected} pairs. */
    public PairMap(int n, int expected) { this(n, expected, (long) n * n <= DENSE_PAIRS); }

    PairMap(int n, int expected, boolean dense) {
        this.n = n;
        this.dense = dense ? new int[Math.multiplyExact(n, n)] : null;
        this.hashed = dense ? null : new LongIntMap(expected);
    }

    /** The value of (a, b), or −1 when it has none. */
    public int get(int a, int b) { return dense != null ? dense[a * n + b] - 1 : hashed.get((long) a * n + b, -1); }

    /** Sets the value of (a, b), at least 0. */
    public void put(int a, int b, int value) {
        if (value < 0) throw new IllegalArgumentException("negative value " + value);
        if (dense != null) dense[a * n + b] = value + 1; else hashed.put((long) a * n + b, value);
    }

    /** Removes (a, b), if present. */
    public void remove(int a, int b) {
        if (dense != null) dense[a * n + b] = 0; else hashed.remove((long) a * n + b);
    }

    /** Whether this map is the dense table (for tests). */
    boolean isDense() { return dense != null; }

    @Override public String toString() { return "PairMap(" + n + (dense != null ? ", dense " + Arrays.stream(dense).filter(v -> v > 0).count() : ", hashed " + hashed.size()) + ")"; }
}
