package org.ppay.sim.fast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppay.core.Params;
import org.ppay.core.cost.CostAction;
import org.ppay.core.role.ProofRetention;
import org.ppay.core.role.Scheme;
import org.ppay.sim.BrokerCosts;
import org.ppay.sim.CacheModel;
import org.ppay.sim.CoinUses;
import org.ppay.sim.SimConfig;
import org.ppay.sim.SimResult;
import org.ppay.sim.Simulator;
import org.ppay.sim.Task;
import org.ppay.sim.TaskMeter;
import org.ppay.sim.cost.CostModels;

/**
 * The fast engine is trustworthy only because it is the reference: for the same seed both engines give the same
 * {@code ppay simulate --json} (every count, load, state figure and credit loss, doubles bit for bit, wall time
 * aside, under either broker costs; the owner pings and the peer load without GUESS work with them) and the same
 * metered count of every action by task, for broker and peers, on a matrix of small networks
 * covering every scheme, both window types, Max Layers 0, 1, 2 and 4, Downtime Multiplier 1 and 20, lazy peers,
 * NetLossCap, short Renewal Waits (renewals, expiries and purges), coins used once (Section 7.1's worst case) and every
 * cache model; every Payword row ends with open chains the broker redeems.
 */
class FastEngineEqualityTest {
    private static final Params.CreditWindowType PAYWORD = Params.CreditWindowType.PAYWORD, SCW = Params.CreditWindowType.SCW;

    /**
     * The pong-cache models ({@link CacheModel}): every row of the matrix runs under each. Under GUESS caches entries
     * change peers during the run, so the engines must key credit lines by pair of peers, not by entry.
     */
    private static final Map<String, UnaryOperator<SimConfig.Builder>> CACHE_MODELS = cacheModels();

    private static Map<String, UnaryOperator<SimConfig.Builder>> cacheModels() {
        Map<String, UnaryOperator<SimConfig.Builder>> m = new LinkedHashMap<>();
        for (CacheModel model : CacheModel.values()) m.put(model.name().toLowerCase(java.util.Locale.ROOT) + " caches", b -> b.caches(model));
        return m;
    }

    /** The matrix's rows: a name and the settings that differ from a small Table 1 network. */
    private static final Map<String, UnaryOperator<SimConfig.Builder>> ROWS = rows();

    private static Map<String, UnaryOperator<SimConfig.Builder>> rows() {
        Map<String, UnaryOperator<SimConfig.Builder>> m = new LinkedHashMap<>();
        m.put("ppay payword L2 DM1", b -> b.seed(1));
        m.put("ppay payword L0 DM20 wait 0.5", b -> b.maxLayers(0).downtimeMultiplier(20).renewalWaitDays(0.5).days(4).seed(2));
        m.put("ppay payword L4 lazy 25% wait 0.3", b -> b.maxLayers(4).lazyPercent(25).renewalWaitDays(0.3).seed(3));
        m.put("ppay scw L1 lazy 25% wait 0.5", b -> b.creditWindowType(SCW).maxLayers(1).lazyPercent(25).renewalWaitDays(0.5).seed(4));
        m.put("ppay scw L2 DM20 cap 30 wait 0.4", b -> b.creditWindowType(SCW).downtimeMultiplier(20).netLossCap(30).renewalWaitDays(0.4).days(4).seed(5));
        m.put("ppay-star payword L1 DM20 wait 0.5", b -> b.scheme(Scheme.PPAY_STAR).maxLayers(1).downtimeMultiplier(20).renewalWaitDays(0.5).days(4).seed(6));
        m.put("ppay-star payword L2 wait 0.3", b -> b.scheme(Scheme.PPAY_STAR).renewalWaitDays(0.3).seed(7));
        m.put("ppay-star scw L4 DM20 lazy 25% cap 50 wait 0.3", b -> b.scheme(Scheme.PPAY_STAR).creditWindowType(SCW).maxLayers(4)
            .downtimeMultiplier(20).lazyPercent(25).netLossCap(50).renewalWaitDays(0.3).days(4).seed(8));
        m.put("ppay-star scw L0 cap 20 wait 0.5", b -> b.scheme(Scheme.PPAY_STAR).creditWindowType(SCW).maxLayers(0).netLossCap(20).renewalWaitDays(0.5).seed(9));
        m.put("rm payword L4", b -> b.scheme(Scheme.RM).maxLayers(4).seed(10));
        m.put("rm payword L2 DM20 lazy 25% wait 0.5", b -> b.scheme(Scheme.RM).downtimeMultiplier(20).lazyPercent(25).renewalWaitDays(0.5).days(4).seed(11));
        m.put("rm scw L0", b -> b.scheme(Scheme.RM).creditWindowType(SCW).maxLayers(0).seed(12));
        m.put("rm scw L1 lazy 25% cap 30 wait 0.4", b -> b.scheme(Scheme.RM).creditWindowType(SCW).maxLayers(1).lazyPercent(25).netLossCap(30)
            .renewalWaitDays(0.4).seed(13));
        // Section 7.1's worst case: every coin cashed by its first payee (CoinUses.ONCE)
        m.put("ppay payword L2 coins once lazy 25%", b -> b.coinUses(CoinUses.ONCE).lazyPercent(25).seed(14));
        m.put("ppay-star payword L1 DM20 coins once wait 0.5", b -> b.scheme(Scheme.PPAY_STAR).maxLayers(1).downtimeMultiplier(20)
            .renewalWaitDays(0.5).days(4).coinUses(CoinUses.ONCE).seed(15));
        m.put("rm payword L2 coins once", b -> b.scheme(Scheme.RM).coinUses(CoinUses.ONCE).seed(16));
        m.put("ppay scw L2 coins once cap 30", b -> b.creditWindowType(SCW).netLossCap(30).coinUses(CoinUses.ONCE).seed(17));
        return m;
    }

    static Stream<Arguments> matrix() {
        List<Arguments> out = new ArrayList<>();
        CACHE_MODELS.forEach((model, cache) -> ROWS.forEach((row, settings) ->
            out.add(Arguments.of(row + ", " + model, settings.apply(cache.apply(small())).build()))));
        return out.stream();
    }

    /** A small network: 80 peers, pong caches of 12, 2 days, otherwise Table 1. */
    private static SimConfig.Builder small() { return SimConfig.builder().peers(80).cacheSize(12).days(2); }

    private static final Map<SimConfig, SimResult[]> RUNS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Both engines' runs of {@code cfg}: the reference, then the fast engine. */
    private static SimResult[] both(SimConfig cfg) {
        return RUNS.computeIfAbsent(cfg, c -> new SimResult[] {new Simulator(c, ProofRetention.COUNT).run(), new FastSimulator(c).run()});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void bothEnginesGiveTheSameResultForTheSameSeed(String name, SimConfig cfg) {
        SimResult[] r = both(cfg);
        assertThat(reproducible(r[1])).as(name).isEqualTo(reproducible(r[0]));
        for (BrokerCosts b : BrokerCosts.values()) {
            assertThat(reproducible(r[1].withBrokerCosts(b))).as(name + ", broker costs " + b).isEqualTo(reproducible(r[0].withBrokerCosts(b)));
        }
        assertThat(meterCounts(r[1].brokerMeter())).as(name + ": broker's actions").isEqualTo(meterCounts(r[0].brokerMeter()));
        assertThat(meterCounts(r[1].peerMeter())).as(name + ": peers' actions").isEqualTo(meterCounts(r[0].peerMeter()));
    }

    @Test
    void theMatrixReachesEveryPathOfTheProtocol() {
        long[] totals = new long[PATHS.length];
        long purged = 0;
        for (Arguments a : matrix().toList()) {
            SimResult r = both((SimConfig) a.get()[1])[0];
            for (int i = 0; i < PATHS.length; i++) totals[i] += r.count(PATHS[i]);
            purged += r.peerMeter().count(Task.RENEW, CostAction.PROOF_PURGED);
            assertThat(r.protocolErrors()).as((String) a.get()[0]).isZero();
            assertThat(r.moneyConserved()).as((String) a.get()[0]).isTrue();
        }
        for (int i = 0; i < PATHS.length; i++) assertThat(totals[i]).as(PATHS[i]).isPositive();
        assertThat(purged).as("proofs purged").isPositive();
    }

    private static final String[] PATHS = {"coins_printed", "reassign_owner", "reassign_broker", "layered", "renew_owner", "renew_broker",
        "coins_cashed", "coins_expired", "chains_redeemed", "words_redeemed"};

    private static Map<String, Object> reproducible(SimResult r) {
        Map<String, Object> m = new LinkedHashMap<>(r.toMap(CostModels.paperEra()));
        m.remove("wall_seconds");
        return m;
    }

    private static Map<String, Long> meterCounts(TaskMeter m) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Task t : Task.values()) for (CostAction a : CostAction.values()) out.put(t + "." + a, m.count(t, a));
        return out;
    }
}
