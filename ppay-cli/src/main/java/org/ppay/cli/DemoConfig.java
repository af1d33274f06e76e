package org.ppay.cli;

/**
 * What {@code ppay demo} runs, the one place its defaults and ranges live (the flags quote them from here), and the
 * protocol settings it gives the daemons so that one minute shows what a month would: coins renewed, owners down.
 *
 * @param peers   honest peer daemons, each a process of its own
 * @param minutes how long the query workload runs, before every peer leaves and the books are checked
 */
record DemoConfig(int peers, double minutes) {
    static final int MIN_PEERS = 3, MAX_PEERS = 16;
    static final double MAX_MINUTES = 30;
    /**
     * Renewal Wait in seconds (Table 1 has 30 days): a coin's window is 30 s, so upkeep renews it from 15 s on, and a
     * peer killed for a few seconds comes back before its coins expire.
     */
    static final long RENEWAL_WAIT = 30;
    /** Seconds between a daemon's upkeep rounds: several in each half window. */
    static final long UPKEEP_EVERY = 2;
    /** GUESS's pong cache, shrunk to the demo's size: the servers a peer probes. */
    static final int CACHE_SIZE = 5;

    static DemoConfig defaults() { return new DemoConfig(8, 1); }

    long workloadMillis() { return Math.round(minutes * 60_000); }
}
