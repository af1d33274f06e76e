package org.ppay.core;

/**
 * System-wide parameters (paper Table 1 and Sections 3–5), in one place so every role agrees.
 * Money is in integer units (a coin is worth {@code coinValue}); time is in seconds of the injected clock.
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
 */
public record Params(long coinValue, long cashFee, long brokerFee, long penalty, int maxLayers, long renewalWait,
                     CreditWindowType creditWindowType, long creditWindowSize, long netLossCap, int lotteryOdds,
                     int bootAfter, long certificateLifetime) {
    public static final long DAY = 86_400;

    public enum CreditWindowType { PAYWORD, SCW }

    public Params {
        if (coinValue <= 0) throw new IllegalArgumentException("coin-value must be positive");
        if (cashFee < 0 || cashFee > coinValue) throw new IllegalArgumentException("cash-fee must be in [0, coin-value]");
        if (brokerFee < 0 || penalty < 0) throw new IllegalArgumentException("fees and penalty are non-negative");
        if (maxLayers < 0 || maxLayers > 30) throw new IllegalArgumentException("max-layers must be in [0, 30]");
        if (renewalWait <= 0) throw new IllegalArgumentException("renewal-wait must be positive");
        if (creditWindowSize <= 0) throw new IllegalArgumentException("credit-window-size must be positive");
        if (netLossCap < 0) throw new IllegalArgumentException("net-loss-cap must be non-negative");
        if (lotteryOdds < 1) throw new IllegalArgumentException("lottery-s must be >= 1");
        if (bootAfter < 1) throw new IllegalArgumentException("boot-after must be >= 1");
        if (certificateLifetime <= 0) throw new IllegalArgumentException("certificate lifetime must be positive");
        java.util.Objects.requireNonNull(creditWindowType, "creditWindowType");
    }

    /** Table 1 defaults, with the scenario language's default money amounts. */
    public static Params defaults() {
        return new Params(100, 1, 2, 1000, 2, 30 * DAY, CreditWindowType.PAYWORD, 10, Long.MAX_VALUE, 100, 2, 365 * DAY);
    }

    public Params withMaxLayers(int m) {
        return new Params(coinValue, cashFee, brokerFee, penalty, m, renewalWait, creditWindowType, creditWindowSize, netLossCap, lotteryOdds, bootAfter, certificateLifetime);
    }
}
