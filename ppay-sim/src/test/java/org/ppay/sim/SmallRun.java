package org.ppay.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ppay.core.Params;
import org.ppay.sim.cost.CostModels;

/**
 * A small simulation configuration for tests (50 peers, pong cache 10, 2 days, otherwise Table 1), changed
 * one parameter at a time (every setter returns a changed copy), and a cache of finished runs: a configuration is simulated at most once per test
 * JVM, however many test classes look at it. Runs are deterministic, so sharing them changes nothing.
 */
final class SmallRun {
    private static final Map<SimConfig, SimResult> RUNS = new ConcurrentHashMap<>();

    private int peers = 50, cacheSize = 10, windowSize = 10, maxLayers = 2;
    private double queryRate = 9.26e-3, lifespan = 1, downtime = 1, renewalWaitDays = 30, days = 2, lazyPercent = 0;
    private Params.CreditWindowType windowType = Params.CreditWindowType.PAYWORD;
    private Scheme scheme = Scheme.PPAY;
    private long netLossCap = Long.MAX_VALUE, seed = 1;

    static SmallRun of(Scheme s) { return new SmallRun().scheme(s); }

    SmallRun peers(int n) { SmallRun c = copy(); c.peers = n; return c; }
    SmallRun cacheSize(int n) { SmallRun c = copy(); c.cacheSize = n; return c; }
    SmallRun windowSize(int x) { SmallRun c = copy(); c.windowSize = x; return c; }
    SmallRun maxLayers(int m) { SmallRun c = copy(); c.maxLayers = m; return c; }
    SmallRun queryRate(double q) { SmallRun c = copy(); c.queryRate = q; return c; }
    SmallRun lifespan(double m) { SmallRun c = copy(); c.lifespan = m; return c; }
    SmallRun downtime(double m) { SmallRun c = copy(); c.downtime = m; return c; }
    SmallRun renewalWaitDays(double d) { SmallRun c = copy(); c.renewalWaitDays = d; return c; }
    SmallRun days(double d) { SmallRun c = copy(); c.days = d; return c; }
    SmallRun lazyPercent(double p) { SmallRun c = copy(); c.lazyPercent = p; return c; }
    SmallRun window(Params.CreditWindowType t) { SmallRun c = copy(); c.windowType = t; return c; }
    SmallRun scw() { return window(Params.CreditWindowType.SCW); }
    SmallRun scheme(Scheme s) { SmallRun c = copy(); c.scheme = s; return c; }
    SmallRun netLossCap(long v) { SmallRun c = copy(); c.netLossCap = v; return c; }
    SmallRun seed(long s) { SmallRun c = copy(); c.seed = s; return c; }

    private SmallRun copy() {
        SmallRun c = new SmallRun();
        c.peers = peers; c.cacheSize = cacheSize; c.windowSize = windowSize; c.maxLayers = maxLayers;
        c.queryRate = queryRate; c.lifespan = lifespan; c.downtime = downtime; c.renewalWaitDays = renewalWaitDays;
        c.days = days; c.lazyPercent = lazyPercent; c.windowType = windowType; c.scheme = scheme; c.netLossCap = netLossCap;
        c.seed = seed;
        return c;
    }

    SimConfig config() {
        return new SimConfig(peers, cacheSize, queryRate, lifespan, downtime, windowSize, windowType, maxLayers, renewalWaitDays,
            scheme, netLossCap, days, lazyPercent, seed);
    }

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
