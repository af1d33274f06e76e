package org.ppay.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ppay.core.Params;
import org.ppay.core.role.ProofRetention;
import org.ppay.core.role.Scheme;
import org.ppay.sim.cost.CostModels;
import org.ppay.sim.fast.FastSimulator;

/**
 * The two pong-cache models ({@link CacheModel}): fixed caches still give the results they gave before caches had a
 * model, and GUESS upkeep makes caches reciprocal and changing, deterministically.
 */
class PongCacheModelTest {
    /** A small network: 80 peers, caches of 12, 2 days. */
    private static SimConfig.Builder small() { return SimConfig.builder().peers(80).cacheSize(12).days(2); }

    /** The runs recorded before the cache model existed (src/test/resources/org/ppay/sim/fast/fixed-*.txt). */
    private static final Map<String, SimConfig> RECORDED = Map.of(
        "fixed-payword.txt", small().seed(21).caches(CacheModel.FIXED).build(),
        "fixed-scw.txt", small().creditWindowType(Params.CreditWindowType.SCW).scheme(Scheme.PPAY_STAR).maxLayers(1).lazyPercent(25)
            .netLossCap(40).renewalWaitDays(0.5).seed(22).caches(CacheModel.FIXED).build());

    @Test
    void fixedCachesGiveTheResultsRecordedBeforeCachesHadAModelOnBothEngines() throws IOException {
        for (Map.Entry<String, SimConfig> e : RECORDED.entrySet()) {
            String expected = recorded(e.getKey());
            assertThat(earlierFields(new FastSimulator(e.getValue()).run(), expected).toString()).as("fast engine, " + e.getKey()).isEqualTo(expected);
            assertThat(earlierFields(new Simulator(e.getValue(), ProofRetention.COUNT).run(), expected).toString()).as("core engine, " + e.getKey())
                .isEqualTo(expected);
        }
    }

    @Test
    void guessCachesAreFarMoreReciprocalThanFixedOnes() {
        SimResult fixed = new FastSimulator(small().seed(3).caches(CacheModel.FIXED).build()).run();
        SimResult guess = new FastSimulator(small().seed(3).caches(CacheModel.GUESS).build()).run();
        // fixed caches are independent draws: about 12 / 79 of the entries are reciprocal by chance
        assertThat(fixed.caches().reciprocity()).isBetween(0.05, 0.3);
        assertThat(fixed.caches().onlineReciprocity()).isLessThan(0.4);
        // payments pass between online peers: among them GUESS caches are mostly mutual (a peer offline is dropped
        // by those who probe it, so over all entries they are not)
        assertThat(guess.caches().onlineReciprocity()).isGreaterThan(2 * fixed.caches().onlineReciprocity()).isGreaterThan(0.6);
    }

    @Test
    void guessCachesChangeSoPeersMeetMoreCounterpartsThanTheirCachesHold() {
        SimResult fixed = new FastSimulator(small().seed(4).caches(CacheModel.FIXED).build()).run();
        SimResult guess = new FastSimulator(small().seed(4).caches(CacheModel.GUESS).build()).run();
        // fixed: a peer meets only the peers it caches and those caching it, about 2 × 12
        assertThat(fixed.caches().maxCounterparts()).isLessThanOrEqualTo(2 * 12);
        assertThat(guess.caches().meanCounterparts()).isGreaterThan(fixed.caches().meanCounterparts());
        assertThat(guess.caches().meanCounterparts()).isGreaterThan(2 * 12);
    }

    @Test
    void aGuessRunIsTheSameForTheSameSeed() {
        SimConfig cfg = small().seed(5).creditWindowType(Params.CreditWindowType.SCW).caches(CacheModel.GUESS).build();
        Map<String, Object> first = reproducible(new FastSimulator(cfg).run()), second = reproducible(new FastSimulator(cfg).run());
        assertThat(second).isEqualTo(first);
        assertThat(reproducible(new FastSimulator(cfg.toBuilder().seed(6).build()).run())).isNotEqualTo(first);
    }

    @Test
    void theDefaultIsTheGuessModel() {
        assertThat(SimConfig.defaults().caches()).isEqualTo(CacheModel.GUESS);
    }

    private static Map<String, Object> reproducible(SimResult r) {
        Map<String, Object> m = new LinkedHashMap<>(r.toMap(CostModels.paperEra()));
        m.remove("wall_seconds");
        return m;
    }

    /**
     * The JSON fields a run had before the cache model (its "caches" object is new), wall time aside, as they were
     * priced then: with the protocol's broker costs, and without the owner's ping, which is priced since and adds to
     * the peers' reassignment load and bandwidth (docs/cost-model.md): those four figures are taken from the recording.
     */
    private static Map<String, Object> earlierFields(SimResult r, String recorded) {
        Map<String, Object> m = reproducible(r.withBrokerCosts(BrokerCosts.PROTOCOL));
        m.remove("caches");
        @SuppressWarnings("unchecked") Map<String, Object> params = new LinkedHashMap<>((Map<String, Object>) m.get("params"));
        params.remove("broker_costs");
        params.remove("coin_uses");
        m.put("params", params);
        @SuppressWarnings("unchecked") Map<String, Object> counts = new LinkedHashMap<>((Map<String, Object>) m.get("counts"));
        boolean redeemed = (Long) counts.remove("chains_redeemed") > 0;
        counts.remove("words_redeemed");
        m.put("counts", counts);
        if (redeemed) {
            // The end of a run redeems open Payword chains since (docs/simulation-inputs.md, Section 10): broker cashing work
            // and the payees' requests are added, nothing else changes. Those figures are taken from the recording, after
            // checking that the redemptions only added to them.
            @SuppressWarnings("unchecked") Map<String, Object> broker = new LinkedHashMap<>((Map<String, Object>) m.get("broker"));
            @SuppressWarnings("unchecked") Map<String, Object> brokerTasks = new LinkedHashMap<>((Map<String, Object>) broker.get("hz_by_task"));
            for (String k : new String[] {"hz", "bps_in", "bps_out"}) {
                Object was = field(recorded, "broker={", k);
                assertThat((Double) broker.get(k)).as("broker " + k + " with redemptions").isGreaterThan((Double) was);
                broker.put(k, was);
            }
            Object cash = field(recorded, "broker={", "cash");
            assertThat((Double) brokerTasks.get("cash")).isGreaterThan((Double) cash);
            brokerTasks.put("cash", cash);
            broker.put("hz_by_task", brokerTasks);
            m.put("broker", broker);
        }
        @SuppressWarnings("unchecked") Map<String, Object> peer = new LinkedHashMap<>((Map<String, Object>) m.get("peer"));
        peer.keySet().removeIf(k -> k.endsWith("_without_guess"));
        @SuppressWarnings("unchecked") Map<String, Object> byTask = new LinkedHashMap<>((Map<String, Object>) peer.get("hz_by_task"));
        for (String k : new String[] {"hz", "bps_in", "bps_out"}) peer.put(k, field(recorded, "peer={" , k));
        byTask.put("reassign", field(recorded, "hz_by_task={guess=", "reassign"));
        if (redeemed) {
            Object other = field(recorded, "hz_by_task={guess=", "other");
            assertThat((Double) byTask.get("other")).as("the payees' redemption requests").isGreaterThan((Double) other);
            byTask.put("other", other);
        }
        peer.put("hz_by_task", byTask);
        m.put("peer", peer);
        return m;
    }

    /** The number recorded for {@code key} in the first object after {@code after} (the ping-priced peer figures). */
    private static Object field(String recorded, String after, String key) {
        String rest = recorded.substring(recorded.indexOf(after));
        int at = rest.indexOf(key + "=") + key.length() + 1;
        int end = at;
        while (end < rest.length() && ",}".indexOf(rest.charAt(end)) < 0) end++;
        return Double.valueOf(rest.substring(at, end));
    }

    private static String recorded(String name) throws IOException {
        try (InputStream in = PongCacheModelTest.class.getResourceAsStream("/org/ppay/sim/fast/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
