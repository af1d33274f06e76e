package org.ppay.sim;

import org.ppay.core.Params;
import org.ppay.core.role.Scheme;

/**
 * One simulation's inputs: every Table 1 parameter (flag names are their kebab-case names) plus run length,
 * lazy peers (Section 7.2.3), the pong-cache model ({@link CacheModel}), how often coins are used ({@link CoinUses}: Section
 * 7.1's worst case), the seed, and how the broker's signature work
 * is counted when the run is priced ({@link BrokerCosts}: the engines ignore it, the loads follow it). Defaults are Table 1's, held by {@link #builder()}: the one source the
 * command line and the figure sweeps read them from.
 */
public record SimConfig(int peers, int cacheSize, double queryRate, double lifespanMultiplier, double downtimeMultiplier,
                        int creditWindowSize, Params.CreditWindowType creditWindowType, int maxLayers, double renewalWaitDays,
                        Scheme scheme, long netLossCap, double days, double lazyPercent, CacheModel caches, long seed, BrokerCosts brokerCosts,
                        CoinUses coinUses) {
    /** The longest run the simulator accepts: ten simulated years (a Table 1 run of 40 days takes minutes). */
    public static final double MAX_DAYS = 3650;

    public SimConfig {
        if (peers < 2) throw new IllegalArgumentException("--peers must be at least 2, not " + peers);
        if (cacheSize < 1 || cacheSize >= peers) {
            throw new IllegalArgumentException("--cache-size must be in [1, peers) = [1, " + peers + "), not " + cacheSize);
        }
        positive("--query-rate", queryRate);
        positive("--lifespan-multiplier", lifespanMultiplier);
        positive("--downtime-multiplier", downtimeMultiplier);
        if (creditWindowSize < 1) throw new IllegalArgumentException("--credit-window-size must be at least 1, not " + creditWindowSize);
        if (maxLayers < 0 || maxLayers > Params.MAX_LAYERS) {
            throw new IllegalArgumentException("--max-layers must be in [0, " + Params.MAX_LAYERS + "], not " + maxLayers);
        }
        positive("--renewal-wait-days", renewalWaitDays);
        if (netLossCap < 0) throw new IllegalArgumentException("--net-loss-cap must be at least 0, not " + netLossCap);
        if (!(days > 0 && days <= MAX_DAYS)) throw new IllegalArgumentException("--days must be in (0, " + (int) MAX_DAYS + "], not " + days);
        if (!(lazyPercent >= 0 && lazyPercent <= 100)) throw new IllegalArgumentException("--lazy-percent must be in [0, 100], not " + lazyPercent);
        java.util.Objects.requireNonNull(creditWindowType, "creditWindowType");
        java.util.Objects.requireNonNull(scheme, "scheme");
        java.util.Objects.requireNonNull(brokerCosts, "brokerCosts");
        java.util.Objects.requireNonNull(caches, "caches");
        java.util.Objects.requireNonNull(coinUses, "coinUses");
    }

    private static void positive(String flag, double v) {
        if (!(v > 0 && v < Double.POSITIVE_INFINITY)) throw new IllegalArgumentException(flag + " must be a finite number above 0, not " + v);
    }

    /** Table 1 (Section 6): 1000 peers, cache 100, 9.26e-3 queries/s, multipliers 1, window 10 Payword, 2 layers, 30 days, PPay, no cap; 40 days. */
    public static SimConfig defaults() { return builder().build(); }

    /** A builder holding every default; set what differs. */
    public static Builder builder() { return new Builder(); }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder().peers(peers).cacheSize(cacheSize).queryRate(queryRate).lifespanMultiplier(lifespanMultiplier)
            .downtimeMultiplier(downtimeMultiplier).creditWindowSize(creditWindowSize).creditWindowType(creditWindowType)
            .maxLayers(maxLayers).renewalWaitDays(renewalWaitDays).scheme(scheme).netLossCap(netLossCap).days(days)
            .lazyPercent(lazyPercent).caches(caches).seed(seed).brokerCosts(brokerCosts).coinUses(coinUses);
    }

    /**
     * Builds {@link SimConfig}; every field starts at Table 1's value. The protocol's parameters (window, layers,
     * renewal wait, cap) start from {@link Params#defaults()}, so the simulator and the core share one source.
     */
    public static final class Builder {
        private static final Params PROTOCOL = Params.defaults();

        private int peers = 1000;
        private int cacheSize = 100;
        private double queryRate = 9.26e-3;
        private double lifespanMultiplier = 1;
        private double downtimeMultiplier = 1;
        private int creditWindowSize = Math.toIntExact(PROTOCOL.creditWindowSize());
        private Params.CreditWindowType creditWindowType = PROTOCOL.creditWindowType();
        private int maxLayers = PROTOCOL.maxLayers();
        private double renewalWaitDays = (double) PROTOCOL.renewalWait() / Params.DAY;
        private Scheme scheme = Scheme.PPAY;
        private long netLossCap = PROTOCOL.netLossCap();
        private double days = 40;
        private double lazyPercent = 0;
        /** The paper's network keeps its caches up as GUESS peers do (docs/simulation-inputs.md, Section 8). */
        private CacheModel caches = CacheModel.GUESS;
        private long seed = 1;
        private BrokerCosts brokerCosts = BrokerCosts.PAPER;
        /** Coins float as each scheme lets them; {@link CoinUses#ONCE} is Section 7.1's worst case. */
        private CoinUses coinUses = CoinUses.FLOAT;

        private Builder() {}

        public Builder peers(int v) { peers = v; return this; }
        public Builder cacheSize(int v) { cacheSize = v; return this; }
        public Builder queryRate(double v) { queryRate = v; return this; }
        public Builder lifespanMultiplier(double v) { lifespanMultiplier = v; return this; }
        public Builder downtimeMultiplier(double v) { downtimeMultiplier = v; return this; }
        public Builder creditWindowSize(int v) { creditWindowSize = v; return this; }
        public Builder creditWindowType(Params.CreditWindowType v) { creditWindowType = v; return this; }
        public Builder maxLayers(int v) { maxLayers = v; return this; }
        public Builder renewalWaitDays(double v) { renewalWaitDays = v; return this; }
        public Builder scheme(Scheme v) { scheme = v; return this; }
        public Builder netLossCap(long v) { netLossCap = v; return this; }
        public Builder days(double v) { days = v; return this; }
        public Builder lazyPercent(double v) { lazyPercent = v; return this; }
        public Builder caches(CacheModel v) { caches = v; return this; }
        public Builder seed(long v) { seed = v; return this; }
        public Builder brokerCosts(BrokerCosts v) { brokerCosts = v; return this; }
        public Builder coinUses(CoinUses v) { coinUses = v; return this; }

        /** @throws IllegalArgumentException naming the flag out of its domain */
        public SimConfig build() {
            return new SimConfig(peers, cacheSize, queryRate, lifespanMultiplier, downtimeMultiplier, creditWindowSize, creditWindowType,
                maxLayers, renewalWaitDays, scheme, netLossCap, days, lazyPercent, caches, seed, brokerCosts, coinUses);
        }
    }
}
