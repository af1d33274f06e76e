package org.ppay.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.ppay.core.Params;
import org.ppay.core.role.Scheme;
import org.ppay.sim.cost.CostModels;

/**
 * A small simulation configuration for tests (50 peers, pong cache 10, 2 days, otherwise Table 1), changed
 * one parameter at a time (every setter returns a changed copy), and a cache of finished runs: a configuration is simulated at most once per test
 * JVM, however many test classes look at it. Runs are deterministic, so sharing them changes nothing.
 */
final class SmallRun {
    private static final Map<SimConfig, SimResult> RUNS = new ConcurrentHashMap<>();

    /** The settings, applied in order to a Table 1 builder; a builder is only built at the end, so settings may pass through invalid combinations. */
    private final UnaryOperator<SimConfig.Builder> settings;

    private SmallRun(UnaryOperator<SimConfig.Builder> settings) { this.settings = settings; }

    static SmallRun of(Scheme s) { return new SmallRun(b -> b.peers(50).cacheSize(10).days(2)).scheme(s); }

    SmallRun peers(int n) { return with(b -> b.peers(n)); }
    SmallRun cacheSize(int n) { return with(b -> b.cacheSize(n)); }
    SmallRun windowSize(int x) { return with(b -> b.creditWindowSize(x)); }
    SmallRun maxLayers(int m) { return with(b -> b.maxLayers(m)); }
    SmallRun queryRate(double q) { return with(b -> b.queryRate(q)); }
    SmallRun lifespan(double m) { return with(b -> b.lifespanMultiplier(m)); }
    SmallRun downtime(double m) { return with(b -> b.downtimeMultiplier(m)); }
    SmallRun renewalWaitDays(double d) { return with(b -> b.renewalWaitDays(d)); }
    SmallRun days(double d) { return with(b -> b.days(d)); }
    SmallRun lazyPercent(double p) { return with(b -> b.lazyPercent(p)); }
    SmallRun window(Params.CreditWindowType t) { return with(b -> b.creditWindowType(t)); }
    SmallRun scw() { return window(Params.CreditWindowType.SCW); }
    SmallRun scheme(Scheme s) { return with(b -> b.scheme(s)); }
    SmallRun netLossCap(long v) { return with(b -> b.netLossCap(v)); }
    SmallRun seed(long s) { return with(b -> b.seed(s)); }
    SmallRun brokerCosts(BrokerCosts c) { return with(b -> b.brokerCosts(c)); }
    SmallRun caches(CacheModel m) { return with(b -> b.caches(m)); }

    private SmallRun with(UnaryOperator<SimConfig.Builder> setting) { return new SmallRun(b -> setting.apply(settings.apply(b))); }

    SimConfig config() { return settings.apply(SimConfig.builder()).build(); }

    /** The (cached) result of this configuration. */
    SimResult run() { return RUNS.computeIfAbsent(config(), c -> new Simulator(c).run()); }

    /** A fresh run, never cached: for determinism checks. */
    SimResult runAfresh() { return new Simulator(config()).run(); }

    long count(String name) { return run().count(name); }

    /** {@code ppay simulate --json} of this run, without the one field that measures the machine: wall_seconds. */
    static Map<String, Object> reproducible(SimResult r) {
        Map<String, Object> m = new LinkedHashMap<>(r.toMap(CostModels.paperEra()));
        m.remove("wall_seconds");
        return m;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> creditLoss(SimResult r) {
        return (Map<String, Object>) r.toMap(CostModels.paperEra()).get("credit_loss");
    }

    static double onlineFraction(SimResult r) {
        return (Double) r.toMap(CostModels.paperEra()).get("online_fraction");
    }

    @Override public String toString() { return config().toString(); }
}
