package org.ppay.sim;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ppay.core.cost.CostAction;
import org.ppay.sim.cost.CostModel;

/**
 * What one run produced: the macro-action counts by task for the broker and for all peers together, the
 * application and coin counts, time-averaged state and the final credit losses. Loads are computed from the
 * counts by a {@link CostModel}, so one run can be priced under several models.
 */
public final class SimResult {
    private final SimConfig cfg;
    private final SimStats stats;
    private final TaskMeter broker, peers;
    private final int peerCount;
    private final double[] creditLoss;      // l_i(end) of every non-lazy peer (soft credit windows), sorted
    private final double wallSeconds;
    private final boolean conserved;
    private final long creditImbalance;
    private final Caches caches;

    /**
     * The pong caches at the end of the period: their model, their reciprocity (the share of entries p → k whose
     * target k also caches p), the same among the entries between peers online at the end (payments pass between
     * online peers), and each peer's number of distinct counterparts (peers it paid or was paid by at least one
     * picopayment over the run).
     */
    public record Caches(CacheModel model, double reciprocity, double onlineReciprocity, int[] counterparts) {
        public double meanCounterparts() { return java.util.Arrays.stream(counterparts).average().orElse(0); }

        public int maxCounterparts() { return java.util.Arrays.stream(counterparts).max().orElse(0); }
    }

    private SimResult(SimConfig cfg, SimStats stats, TaskMeter broker, TaskMeter peers, int peerCount, double[] creditLoss,
                      double wallSeconds, boolean conserved, long creditImbalance, Caches caches) {
        this.cfg = cfg; this.stats = stats; this.broker = broker; this.peers = peers; this.peerCount = peerCount;
        this.creditLoss = creditLoss; this.wallSeconds = wallSeconds; this.conserved = conserved; this.creditImbalance = creditImbalance;
        this.caches = caches;
    }

    static SimResult of(SimConfig cfg, SimStats stats, TaskMeter broker, TaskMeter peers, long[] loss, boolean[] lazy, double wall,
                        boolean conserved, Caches caches) {
        long imbalance = 0;
        int kept = 0;
        double[] nonLazy = new double[loss.length];
        for (int p = 0; p < loss.length; p++) {
            imbalance += loss[p];
            if (!lazy[p]) nonLazy[kept++] = loss[p];
        }
        double[] sorted = Arrays.copyOf(nonLazy, kept);
        Arrays.sort(sorted);
        return new SimResult(cfg, stats, broker, peers, loss.length, sorted, wall, conserved, imbalance, caches);
    }

    public SimConfig config() { return cfg; }

    /** This run priced with the broker's signature work counted as {@code b} says: the same counts, no new run. */
    public SimResult withBrokerCosts(BrokerCosts b) {
        return new SimResult(cfg.toBuilder().brokerCosts(b).build(), stats, broker, peers, peerCount, creditLoss, wallSeconds, conserved, creditImbalance, caches);
    }

    /** The pong caches' reciprocity and the peers' counterparts. */
    public Caches caches() { return caches; }

    public long events() { return stats.events; }

    public long protocolErrors() { return stats.protocolErrors; }

    /** Whether the broker's books balance after everyone cashed out. */
    public boolean moneyConserved() { return conserved; }

    /** Σ_i l_i over all peers: zero when every picopayment is recorded on both sides (c_ij = −c_ji). */
    public long picopaymentImbalance() { return creditImbalance; }

    public long count(String name) {
        return switch (name) {
            case "queries" -> stats.queries;
            case "probes" -> stats.probes;
            case "hits" -> stats.hits;
            case "picopayments" -> stats.picopayments;
            case "coin_payments" -> stats.coinPayments;
            case "coins_printed" -> stats.coinsPrinted;
            case "coins_cashed" -> stats.coinsCashed;
            case "coins_expired" -> stats.coinsExpired;
            case "reassign_owner" -> stats.reassignOwner;
            case "reassign_broker" -> stats.reassignBroker;
            case "layered" -> stats.layered;
            case "renew_owner" -> stats.renewOwner;
            case "renew_broker" -> stats.renewBroker;
            case "chains_redeemed" -> stats.chainsRedeemed;
            case "words_redeemed" -> stats.wordsRedeemed;
            default -> throw new IllegalArgumentException("no count named " + name);
        };
    }

    public TaskMeter brokerMeter() { return broker; }

    public TaskMeter peerMeter() { return peers; }

    public double seconds() { return cfg.days() * 86_400; }

    /**
     * Processing load in Hz of one task, for the broker or for the average peer. The broker's signature work is
     * counted as the run's {@link SimConfig#brokerCosts()} says (Section 7.1's count, or our protocol's).
     */
    public double hz(boolean ofBroker, Task task, CostModel m) {
        TaskMeter meter = ofBroker ? broker : peers;
        double cycles = 0;
        for (CostAction a : CostAction.values()) {
            double n = switch (a) {            // per-byte costs apply to sizes rescaled to the model's scheme
                case BYTES_SENT -> rescaled(meter.count(task, a), meter.count(task, CostAction.SIGNATURES_SENT), meter.count(task, CostAction.IDENTITIES_SENT), m);
                case BYTES_RECEIVED -> rescaled(meter.count(task, a), meter.count(task, CostAction.SIGNATURES_RECEIVED), meter.count(task, CostAction.IDENTITIES_RECEIVED), m);
                default -> ofBroker ? cfg.brokerCosts().count(broker, task, a) : meter.count(task, a);
            };
            cycles += n * m.cyclesOf(a);
        }
        return cycles / seconds() / (ofBroker ? 1 : peerCount);
    }

    /**
     * The average peer's processing load without GUESS work (query probes, answers, hits; Section 6): the load
     * PPay itself adds. Section 7.2.2 compares "the overhead of PPay" with "the load of the application (GUESS)".
     */
    public double peerHzWithoutGuess(CostModel m) {
        double s = 0;
        for (Task t : Task.values()) if (t != Task.GUESS) s += hz(false, t, m);
        return s;
    }

    /**
     * Our encodings carry 64-byte Ed25519 signatures and 32-byte keys; a model of another scheme (RSA-1024
     * in 2003) prices the same messages at its own sizes (docs/cost-model.md, Section 5).
     */
    static double rescaled(long bytes, long signatures, long identities, CostModel m) {
        return bytes + signatures * (double) (m.signatureBytes() - 64) + identities * (double) (m.keyBytes() - 32);
    }

    public double hz(boolean ofBroker, CostModel m) {
        double s = 0;
        for (Task t : Task.values()) s += hz(ofBroker, t, m);
        return s;
    }

    /** Bandwidth in bits/s, in or out, for the broker or the average peer: encoded bytes plus per-message headers. */
    public double bps(boolean ofBroker, boolean in, CostModel m) {
        TaskMeter meter = ofBroker ? broker : peers;
        return bps(meter::count, in, m, ofBroker ? 1 : peerCount);
    }

    /** As {@link #bps} for the average peer, without GUESS work: the bandwidth PPay itself adds (Section 7.2.2). */
    public double peerBpsWithoutGuess(boolean in, CostModel m) {
        return bps(a -> peers.count(a) - peers.count(Task.GUESS, a), in, m, peerCount);
    }

    private double bps(java.util.function.ToLongFunction<CostAction> count, boolean in, CostModel m, int entities) {
        double bytes = in
            ? rescaled(count.applyAsLong(CostAction.BYTES_RECEIVED), count.applyAsLong(CostAction.SIGNATURES_RECEIVED), count.applyAsLong(CostAction.IDENTITIES_RECEIVED), m)
            : rescaled(count.applyAsLong(CostAction.BYTES_SENT), count.applyAsLong(CostAction.SIGNATURES_SENT), count.applyAsLong(CostAction.IDENTITIES_SENT), m);
        long msgs = count.applyAsLong(in ? CostAction.MESSAGE_RECEIVED : CostAction.MESSAGE_SENT);
        return 8.0 * (bytes + msgs * (double) m.headerBytes()) / seconds() / entities;
    }

    /** The JSON object of {@code ppay simulate --json}. */
    public Map<String, Object> toMap(CostModel m) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("peers", cfg.peers());
        params.put("cache_size", cfg.cacheSize());
        params.put("query_rate", cfg.queryRate());
        params.put("lifespan_multiplier", cfg.lifespanMultiplier());
        params.put("downtime_multiplier", cfg.downtimeMultiplier());
        params.put("credit_window_size", cfg.creditWindowSize());
        params.put("credit_window_type", cfg.creditWindowType().name().toLowerCase(Locale.ROOT));
        params.put("max_layers", cfg.maxLayers());
        params.put("renewal_wait_days", cfg.renewalWaitDays());
        params.put("scheme", cfg.scheme().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        params.put("net_loss_cap", cfg.netLossCap() == Long.MAX_VALUE ? "inf" : cfg.netLossCap());
        params.put("days", cfg.days());
        params.put("lazy_percent", cfg.lazyPercent());
        params.put("seed", cfg.seed());
        params.put("costs", m.name());
        params.put("broker_costs", cfg.brokerCosts().name().toLowerCase(Locale.ROOT));
        params.put("coin_uses", cfg.coinUses().name().toLowerCase(Locale.ROOT));
        out.put("params", params);
        out.put("broker", load(true, m, Task.CASH, Task.REASSIGN, Task.RENEW, Task.OTHER));
        out.put("peer", load(false, m, Task.GUESS, Task.REASSIGN, Task.RENEW, Task.OTHER));
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("peer_mean_proofs", stats.samples == 0 ? 0 : stats.peerProofSamples / stats.samples);
        state.put("broker_proofs", stats.samples == 0 ? 0 : stats.brokerProofSamples / stats.samples);
        out.put("state", state);
        Map<String, Object> loss = new LinkedHashMap<>();
        loss.put("mean", creditLoss.length == 0 ? 0 : Arrays.stream(creditLoss).average().orElse(0));
        loss.put("p90", creditLoss.length == 0 ? 0 : creditLoss[(int) Math.min(creditLoss.length - 1, Math.ceil(0.9 * creditLoss.length) - 1)]);
        loss.put("max", creditLoss.length == 0 ? 0 : creditLoss[creditLoss.length - 1]);
        out.put("credit_loss", loss);
        Map<String, Object> counts = new LinkedHashMap<>();
        for (String c : new String[] {"queries", "probes", "picopayments", "coins_printed", "coins_cashed", "reassign_owner",
                "reassign_broker", "layered", "renew_owner", "renew_broker", "coin_payments", "hits", "coins_expired", "chains_redeemed", "words_redeemed"}) {
            counts.put(c, count(c));
        }
        counts.put("protocol_errors", stats.protocolErrors);
        out.put("counts", counts);
        out.put("online_fraction", stats.onlineSeconds / (seconds() * peerCount));
        out.put("money_conserved", conserved);
        out.put("events", stats.events);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("model", caches.model().name().toLowerCase(Locale.ROOT));
        c.put("reciprocity", caches.reciprocity());
        c.put("reciprocity_online", caches.onlineReciprocity());
        c.put("counterparts_mean", caches.meanCounterparts());
        c.put("counterparts_max", caches.maxCounterparts());
        out.put("caches", c);
        out.put("wall_seconds", wallSeconds);
        return out;
    }

    private Map<String, Object> load(boolean ofBroker, CostModel m, Task... tasks) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("hz", hz(ofBroker, m));
        l.put("bps_in", bps(ofBroker, true, m));
        l.put("bps_out", bps(ofBroker, false, m));
        Map<String, Object> by = new LinkedHashMap<>();
        for (Task t : tasks) by.put(t.name().toLowerCase(Locale.ROOT), hz(ofBroker, t, m));
        if (!ofBroker) by.put("other", hz(false, Task.OTHER, m) + hz(false, Task.CASH, m));
        l.put("hz_by_task", by);
        if (!ofBroker) {
            l.put("hz_without_guess", peerHzWithoutGuess(m));
            l.put("bps_in_without_guess", peerBpsWithoutGuess(true, m));
            l.put("bps_out_without_guess", peerBpsWithoutGuess(false, m));
        }
        return l;
    }
}
