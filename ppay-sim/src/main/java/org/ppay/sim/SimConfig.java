package org.ppay.sim;

import org.ppay.core.Params;

/**
 * One simulation's inputs: every Table 1 parameter (flag names are their kebab-case names) plus run length,
 * lazy peers (Section 7.2.3) and the seed. Defaults are Table 1's.
 */
public record SimConfig(int peers, int cacheSize, double queryRate, double lifespanMultiplier, double downtimeMultiplier,
                        int creditWindowSize, Params.CreditWindowType creditWindowType, int maxLayers, double renewalWaitDays,
                        Scheme scheme, long netLossCap, double days, double lazyPercent, long seed) {
    public SimConfig {
        if (peers < 2) throw new IllegalArgumentException("--peers must be at least 2");
        if (cacheSize < 1 || cacheSize >= peers) throw new IllegalArgumentException("--cache-size must be in [1, peers)");
        if (!(queryRate > 0)) throw new IllegalArgumentException("--query-rate must be positive");
        if (!(lifespanMultiplier > 0) || !(downtimeMultiplier > 0)) throw new IllegalArgumentException("multipliers must be positive");
        if (creditWindowSize < 1) throw new IllegalArgumentException("--credit-window-size must be positive");
        if (maxLayers < 0 || maxLayers > 30) throw new IllegalArgumentException("--max-layers must be in [0, 30]");
        if (!(renewalWaitDays > 0)) throw new IllegalArgumentException("--renewal-wait-days must be positive");
        if (netLossCap < 0) throw new IllegalArgumentException("--net-loss-cap must be non-negative");
        if (!(days > 0)) throw new IllegalArgumentException("--days must be positive");
        if (lazyPercent < 0 || lazyPercent > 100) throw new IllegalArgumentException("--lazy-percent must be in [0, 100]");
    }

    /** Table 1 (Section 6): 1000 peers, cache 100, 9.26e-3 queries/s, multipliers 1, window 10 Payword, 2 layers, 30 days, PPay, no cap; 40 days. */
    public static SimConfig defaults() {
        return new SimConfig(1000, 100, 9.26e-3, 1, 1, 10, Params.CreditWindowType.PAYWORD, 2, 30, Scheme.PPAY,
            Long.MAX_VALUE, 40, 0, 1);
    }
}
