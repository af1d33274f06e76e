package org.ppay.core;

import java.util.Objects;

/**
 * System-wide parameters (paper Table 1 and Sections 3–5), in one place so every role agrees. This record is
 * the one source of every protocol default: {@link #builder()} starts from them, and the command line reads
 * its defaults from here rather than repeating them. Money is in integer units (a coin is worth
 * {@code coinValue}); time is in seconds of the injected clock.
 *
 * @param coinValue          value of one coin
 * @param cashFee            flat fee the broker keeps when a coin is cashed (Section 3)
 * @param brokerFee          fee charged to both holder and owner for a downtime reassignment or renewal (Section 3)
 * @param penalty            penalty fee for proven fraud, on top of paying for the fake coins (Section 4.2)
 * @param maxLayers          Max Layers (Section 5.2, Table 1)
 * @param renewalWait        Renewal Wait w in seconds: window [t, t+w], renewed to [rb+w, rb+2w] (Section 7.2.2)
 * @param creditWindowType   soft credit window or Payword (Section 5.4)
 * @param creditWindowSize   x, picopayments per coin (Table 1)
 * @param netLossCap         NetLossCap v, {@link Long#MAX_VALUE} for none (Section 5.4)
 * @param lotteryOdds        s: a lottery ticket wins a coin with probability 1/s ([11], Section 3)
 * @param bootAfter          frauds after which the broker boots an account (Section 4.2)
 * @param certificateLifetime how long a limit certificate may be printed under, in seconds (eq. 6 plus expiry)
 * @param requestFreshness   how far, in seconds, a signed account request's time may lie from the broker's clock
 *                           before it is refused as stale; nonces are remembered this long to refuse replays
 */
public record Params(long coinValue, long cashFee, long brokerFee, long penalty, int maxLayers, long renewalWait,
                     CreditWindowType creditWindowType, long creditWindowSize, long netLossCap, int lotteryOdds,
                     int bootAfter, long certificateLifetime, long requestFreshness) {
    public static final long DAY = 86_400;
    /** The most layers a coin may carry: a bound on the work of peeling one (Section 5.2). */
    public static final int MAX_LAYERS = 30;
    /** Renewal Wait of Table 1, 30 days. */
    public static final long DEFAULT_RENEWAL_WAIT = 30 * DAY;

    public enum CreditWindowType { PAYWORD, SCW }

    public Params {
        if (coinValue <= 0) throw new IllegalArgumentException("coin-value must be positive");
        if (cashFee < 0 || cashFee > coinValue) throw new IllegalArgumentException("cash-fee must be in [0, coin-value]");
        if (brokerFee < 0 || penalty < 0) throw new IllegalArgumentException("fees and penalty are non-negative");
        if (maxLayers < 0 || maxLayers > MAX_LAYERS) throw new IllegalArgumentException("max-layers must be in [0, " + MAX_LAYERS + "]");
        if (renewalWait <= 0) throw new IllegalArgumentException("renewal-wait must be positive");
        if (creditWindowSize <= 0) throw new IllegalArgumentException("credit-window-size must be positive");
        if (netLossCap < 0) throw new IllegalArgumentException("net-loss-cap must be non-negative");
        if (lotteryOdds < 1) throw new IllegalArgumentException("lottery-s must be >= 1");
        if (bootAfter < 1) throw new IllegalArgumentException("boot-after must be >= 1");
        if (certificateLifetime <= 0) throw new IllegalArgumentException("certificate-lifetime must be positive");
        if (requestFreshness <= 0) throw new IllegalArgumentException("request-freshness must be positive");
        Objects.requireNonNull(creditWindowType, "creditWindowType");
    }

    /** Table 1 defaults, with the scenario language's default money amounts. */
    public static Params defaults() { return builder().build(); }

    /** A builder holding every default; set what differs. */
    public static Builder builder() { return new Builder(); }

    /** A builder starting from these parameters. */
    public Builder toBuilder() {
        return new Builder().coinValue(coinValue).cashFee(cashFee).brokerFee(brokerFee).penalty(penalty).maxLayers(maxLayers)
            .renewalWait(renewalWait).creditWindowType(creditWindowType).creditWindowSize(creditWindowSize).netLossCap(netLossCap)
            .lotteryOdds(lotteryOdds).bootAfter(bootAfter).certificateLifetime(certificateLifetime).requestFreshness(requestFreshness);
    }

    public Params withMaxLayers(int m) { return toBuilder().maxLayers(m).build(); }

    /** Builds {@link Params}; every field starts at its default (Table 1, and the scenario language's money). */
    public static final class Builder {
        private long coinValue = 100;
        private long cashFee = 1;
        private long brokerFee = 2;
        private long penalty = 1000;
        private int maxLayers = 2;
        private long renewalWait = DEFAULT_RENEWAL_WAIT;
        private CreditWindowType creditWindowType = CreditWindowType.PAYWORD;
        private long creditWindowSize = 10;
        private long netLossCap = Long.MAX_VALUE;
        private int lotteryOdds = 100;
        private int bootAfter = 2;
        private long certificateLifetime = 365 * DAY;
        private long requestFreshness = 300;

        private Builder() {}

        public Builder coinValue(long v) { coinValue = v; return this; }
        public Builder cashFee(long v) { cashFee = v; return this; }
        public Builder brokerFee(long v) { brokerFee = v; return this; }
        public Builder penalty(long v) { penalty = v; return this; }
        public Builder maxLayers(int v) { maxLayers = v; return this; }
        public Builder renewalWait(long seconds) { renewalWait = seconds; return this; }
        public Builder creditWindowType(CreditWindowType v) { creditWindowType = v; return this; }
        public Builder creditWindowSize(long v) { creditWindowSize = v; return this; }
        public Builder netLossCap(long v) { netLossCap = v; return this; }
        public Builder lotteryOdds(int v) { lotteryOdds = v; return this; }
        public Builder bootAfter(int v) { bootAfter = v; return this; }
        public Builder certificateLifetime(long seconds) { certificateLifetime = seconds; return this; }
        public Builder requestFreshness(long seconds) { requestFreshness = seconds; return this; }

        /** @throws IllegalArgumentException naming the parameter out of its domain */
        public Params build() {
            return new Params(coinValue, cashFee, brokerFee, penalty, maxLayers, renewalWait, creditWindowType, creditWindowSize,
                netLossCap, lotteryOdds, bootAfter, certificateLifetime, requestFreshness);
        }
    }
}
