package org.ppay.sim;

import org.ppay.core.role.ProofRetention;

/**
 * A deliberately low estimate of the heap one run needs, so that a run far too large for the JVM is refused
 * before its set-up instead of failing with {@link OutOfMemoryError} minutes into it. From the measurements in
 * docs/simulator-performance.md ("Memory", with owners counting their proofs): about 6 KB a peer once set up
 * (keys, limit certificates, pong caches; 6.7 KB at 10^6 peers after 0.002 days), then about 125 KB a peer for
 * every simulated day while the state the protocol keeps for a Renewal Wait accumulates (a Table 1 run, 1000
 * peers for 40 days, peaked at 6.0 GB resident); owners that keep their proofs grow about twice as fast (13.3 GB).
 * The state stops growing once the Renewal Wait lets peers purge it. A run under the estimate may still run
 * out of memory; one over it has no chance.
 */
public final class HeapEstimate {
    static final double SETUP_BYTES_PER_PEER = 6_000;
    static final double DAILY_BYTES_PER_PEER = 125_000;
    /** Days after the Renewal Wait until the last windows close and the state stops growing. */
    static final double PURGE_LAG_DAYS = 10;

    private HeapEstimate() {}

    /** Bytes of heap {@code c} needs at least when owners keep their proofs as {@code proofs} says. */
    public static long bytes(SimConfig c, ProofRetention proofs) {
        double growingDays = Math.min(c.days(), c.renewalWaitDays() + PURGE_LAG_DAYS);
        double daily = DAILY_BYTES_PER_PEER * (proofs == ProofRetention.KEEP ? 2 : 1);
        return (long) (c.peers() * (SETUP_BYTES_PER_PEER + daily * growingDays));   // saturates at Long.MAX_VALUE
    }

    /**
     * The fast engine's share: its flat arrays need about 4 KB a peer once set up, then a peer's memory of the coins
     * it held grows about 9 KB a day until the Renewal Wait lets it forget (docs/simulator-performance.md: a Table 1
     * run stayed under 0.56 GB resident). Kept low as {@link #bytes} is.
     */
    public static long fastBytes(SimConfig c) {
        double growingDays = Math.min(c.days(), c.renewalWaitDays() + PURGE_LAG_DAYS);
        return (long) (c.peers() * (FAST_SETUP_BYTES_PER_PEER + FAST_DAILY_BYTES_PER_PEER * growingDays));
    }

    static final double FAST_SETUP_BYTES_PER_PEER = 2_000;
    static final double FAST_DAILY_BYTES_PER_PEER = 8_000;

    /** The most peers that {@code c}'s run length and settings fit into {@code heapBytes} by {@link #bytes}. */
    public static int peersWithin(long heapBytes, SimConfig c, ProofRetention proofs) {
        return peersWithin(heapBytes, c, bytes(c, proofs));
    }

    /** The most peers that fit into {@code heapBytes} when {@code c} needs {@code bytesForC}, growing with the peers. */
    public static int peersWithin(long heapBytes, SimConfig c, long bytesForC) {
        double perPeer = (double) bytesForC / c.peers();
        return (int) Math.min(Integer.MAX_VALUE, heapBytes / perPeer);
    }
}
