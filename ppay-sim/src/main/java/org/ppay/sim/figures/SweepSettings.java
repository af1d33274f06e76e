package org.ppay.sim.figures;

import org.ppay.core.role.ProofRetention;
import org.ppay.sim.BrokerCosts;
import org.ppay.sim.CacheModel;
import org.ppay.sim.SimConfig;
import org.ppay.sim.cost.CostModel;
import org.ppay.sim.cost.CostModels;
import org.ppay.sim.engine.Engine;

/**
 * The network every figure's runs share, and how the sweep runs.
 *
 * @param peers     Network Size
 * @param cacheSize pong Cache Size: Table 1's 10% of the network unless given
 * @param days      simulated days per run (Figures 4–5 run at least 40, see {@link Figures})
 * @param seed      the first seed of every configuration (common random numbers: configurations differ only in what they vary)
 * @param quick     a small, short sweep with fewer x points; not comparable to the paper in absolute terms
 * @param threads   worker threads; each run is single-threaded and deterministic, so results do not depend on this
 * @param costs     the price list for the macro actions
 * @param proofs    what owners keep of their proofs; {@link ProofRetention#COUNT} gives the same figures in less memory
 * @param engine    the engine every run uses; both give the same figures, keeping proofs needs the core engine
 * @param brokerCosts how the broker's signature work is counted (Section 7.1's count or our protocol's); every run's
 *                  {@link SimConfig#brokerCosts()}, defaulting to {@link SimConfig#defaults()}'s
 * @param seeds     runs per configuration, on seeds {@code seed}, {@code seed + 1}, …, {@code seed + seeds − 1} (the same
 *                  seeds for every configuration, so they stay common random numbers); 1 to {@link #MAX_SEEDS}. With
 *                  more than one, figures and claims use the mean and its 95% confidence interval ({@link Interval})
 * @param caches    the pong-cache model of every run ({@link CacheModel})
 */
public record SweepSettings(int peers, int cacheSize, double days, long seed, boolean quick, int threads, CostModel costs,
                            ProofRetention proofs, Engine engine, BrokerCosts brokerCosts, CacheModel caches, int seeds) {
    /** Quick sweeps: 200 peers, 5 days. */
    public static final int QUICK_PEERS = 200;
    public static final double QUICK_DAYS = 5;
    /** Runs per configuration by default: one seed, no intervals. */
    public static final int DEFAULT_SEEDS = 1;
    /**
     * At most this many seeds per configuration: every seed is a whole sweep again (a Table 1 sweep on the fast
     * engine takes about 17 minutes on 2 cores), and past a few dozen the intervals narrow only as 1/√K.
     */
    public static final int MAX_SEEDS = 50;

    public SweepSettings {
        if (threads < 1) throw new IllegalArgumentException("threads must be positive");
        java.util.Objects.requireNonNull(proofs, "proofs");
        java.util.Objects.requireNonNull(engine, "engine");
        java.util.Objects.requireNonNull(brokerCosts, "brokerCosts");
        java.util.Objects.requireNonNull(caches, "caches");
        if (engine == Engine.FAST && proofs == ProofRetention.KEEP) throw new IllegalArgumentException("keeping proofs needs the core engine");
        if (seeds < 1 || seeds > MAX_SEEDS) throw new IllegalArgumentException("seeds must be from 1 to " + MAX_SEEDS + ", not " + seeds);
        base(peers, cacheSize, days, seed, brokerCosts, caches);   // validates
    }

    /** One seed per configuration. */
    public SweepSettings(int peers, int cacheSize, double days, long seed, boolean quick, int threads, CostModel costs,
                         ProofRetention proofs, Engine engine, BrokerCosts brokerCosts, CacheModel caches) {
        this(peers, cacheSize, days, seed, quick, threads, costs, proofs, engine, brokerCosts, caches, DEFAULT_SEEDS);
    }

    /** Settings whose owners keep every proof (the protocol), on the core engine. */
    public SweepSettings(int peers, int cacheSize, double days, long seed, boolean quick, int threads, CostModel costs) {
        this(peers, cacheSize, days, seed, quick, threads, costs, ProofRetention.KEEP, Engine.CORE, SimConfig.defaults().brokerCosts(),
            SimConfig.defaults().caches());
    }

    /**
     * The settings of {@code ppay figures}: Table 1 (1000 peers, 40 days) or, when quick, 200 peers for 5 days;
     * {@code peers} and {@code days} override either when not null. Cache size stays Table 1's 10% of the network.
     */
    public static SweepSettings of(boolean quick, Integer peers, Double days, long seed) { return of(quick, peers, days, seed, Engine.CORE); }

    /** As {@link #of(boolean, Integer, Double, long)}, on {@code engine}, owners counting their proofs on the fast one. */
    public static SweepSettings of(boolean quick, Integer peers, Double days, long seed, Engine engine) {
        SimConfig t1 = SimConfig.defaults();
        int n = peers != null ? peers : quick ? QUICK_PEERS : t1.peers();
        double d = days != null ? days : quick ? QUICK_DAYS : t1.days();
        double longest = Math.max(d, 40);                              // Figures 4-5 run at least 40 days
        int threads = threadsFor(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(), runBytes(engine, n, longest));
        return new SweepSettings(n, scaledCache(n), d, seed, quick, threads, CostModels.paperEra(),
            engine == Engine.FAST ? ProofRetention.COUNT : ProofRetention.KEEP, engine, t1.brokerCosts(), t1.caches());
    }

    /**
     * Heap one run of {@code peers} peers for {@code days} days may need, counting proofs: a Table 1 run (1000
     * peers, 40 days) peaked at 6.0 GB resident, and 0.25 days took 61 KB per peer; about 50 KB plus 150 KB per
     * simulated day per peer covers both. An estimate, not a bound; owners that keep their proofs need about
     * twice as much.
     */
    static long runBytes(int peers, double days) {
        return (long) (peers * (50_000 + 150_000 * Math.min(days, 40)));
    }

    /** As {@link #runBytes(int, double)}, for {@code engine}: the fast engine's per-peer state is a fraction (docs/simulator-performance.md). */
    static long runBytes(Engine engine, int peers, double days) {
        return engine == Engine.CORE ? runBytes(peers, days) : (long) (peers * (20_000 + FAST_BYTES_PER_PEER_DAY * Math.min(days, 40)));
    }

    /** The fast engine's heap per peer and simulated day, at Table 1 load (measured: docs/simulator-performance.md). */
    static final long FAST_BYTES_PER_PEER_DAY = 15_000;

    /** As many workers as cores, but no more than the heap holds runs of the sweep's size at once (at least one). */
    static int threadsFor(int cores, long maxHeap, int peers, double days) { return threadsFor(cores, maxHeap, runBytes(peers, days)); }

    private static int threadsFor(int cores, long maxHeap, long runBytes) {
        long fit = maxHeap / Math.max(1, runBytes);
        return (int) Math.max(1, Math.min(cores, fit));
    }

    /** Table 1's pong cache of 100 for 1000 peers, scaled to {@code peers}: 10%, at least 1 and below the network size. */
    public static int scaledCache(int peers) {
        SimConfig t1 = SimConfig.defaults();
        long c = Math.round((double) peers * t1.cacheSize() / t1.peers());
        return (int) Math.max(1, Math.min(peers - 1, c));
    }

    public SweepSettings withThreads(int n) { return new SweepSettings(peers, cacheSize, days, seed, quick, n, costs, proofs, engine, brokerCosts, caches, seeds); }

    public SweepSettings withProofs(ProofRetention p) { return new SweepSettings(peers, cacheSize, days, seed, quick, threads, costs, p, engine, brokerCosts, caches, seeds); }

    public SweepSettings withSeeds(int k) { return new SweepSettings(peers, cacheSize, days, seed, quick, threads, costs, proofs, engine, brokerCosts, caches, k); }

    /** The seed of replication {@code i} (0-based) of every configuration: {@code seed + i}, wrapping round past {@code Long.MAX_VALUE}. */
    public long seedOf(int i) { return seed + i; }

    public SweepSettings withBrokerCosts(BrokerCosts b) { return new SweepSettings(peers, cacheSize, days, seed, quick, threads, costs, proofs, engine, b, caches, seeds); }

    public SweepSettings withCaches(CacheModel m) { return new SweepSettings(peers, cacheSize, days, seed, quick, threads, costs, proofs, engine, brokerCosts, m, seeds); }

    /** Table 1 with this sweep's network, run length, seed, broker costs and cache model: what every figure's fixed settings start from. */
    public SimConfig base() { return base(peers, cacheSize, days, seed, brokerCosts, caches); }

    private static SimConfig base(int peers, int cacheSize, double days, long seed, BrokerCosts brokerCosts, CacheModel caches) {
        return SimConfig.builder().peers(peers).cacheSize(cacheSize).days(days).caches(caches).seed(seed).brokerCosts(brokerCosts).build();
    }
}
