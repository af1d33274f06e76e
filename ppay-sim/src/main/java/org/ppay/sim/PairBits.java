package org.ppay.sim;

/**
 * A set of ordered pairs of peers (a, b), both in [0, n). A network up to {@link #DENSE_PEERS} peers gets a dense
 * n × n bit table, a larger one a {@link LongIntMap} keyed a * n + b. At Table 1's 1000 peers the table is 125 KB
 * and stays in the core's own cache, where a {@link PairMap} of ints (4 MB) missed it on most look-ups: the GUESS
 * cache upkeep asks one on every probe served.
 */
public final class PairBits {
    /** Networks up to this many peers get the dense table: 128 MB at most. */
    static final int DENSE_PEERS = 1 << 15;
    private final long n;
    private final long[] dense;
    private final LongIntMap hashed;

    /** A set for peers in [0, n), expecting about {@code expected} pairs. */
    public PairBits(int n, int expected) { this(n, expected, n <= DENSE_PEERS); }

    PairBits(int n, int expected, boolean dense) {
        this.n = n;
        this.dense = dense ? new long[Math.toIntExact(((long) n * n + 63) >>> 6)] : null;
        this.hashed = dense ? null : new LongIntMap(expected);
    }

    /** Whether (a, b) is in the set. */
    public boolean contains(int a, int b) {
        long i = a * n + b;
        return dense != null ? (dense[(int) (i >>> 6)] & 1L << i) != 0 : hashed.get(i, -1) >= 0;
    }

    /** Adds (a, b); true if it was not in the set. */
    public boolean add(int a, int b) {
        long i = a * n + b;
        if (dense != null) {
            int w = (int) (i >>> 6);
            long bit = 1L << i, old = dense[w];
            dense[w] = old | bit;
            return (old & bit) == 0;
        }
        if (hashed.get(i, -1) >= 0) return false;
        hashed.put(i, 0);
        return true;
    }

    /** Removes (a, b), if present. */
    public void remove(int a, int b) {
        long i = a * n + b;
        if (dense != null) dense[(int) (i >>> 6)] &= ~(1L << i); else hashed.remove(i);
    }

    /** Whether this set is the dense table (for tests). */
    boolean isDense() { return dense != null; }
}
