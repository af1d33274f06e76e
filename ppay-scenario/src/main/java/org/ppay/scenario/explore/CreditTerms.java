package org.ppay.scenario.explore;

/**
 * How picopayments are carried (Section 5.4): Payword, the paper's Table 1 default, or soft credit windows of
 * {@code size} picopayments per coin with a NetLossCap ({@code Long.MAX_VALUE}: none).
 */
public record CreditTerms(boolean soft, int size, long netLossCap) {
    public static final CreditTerms PAYWORD = new CreditTerms(false, 10, Long.MAX_VALUE);

    /** The words of a {@code set} line, empty for the default. */
    String settings() {
        if (!soft) return "";
        return " credit-window-type=scw credit-window-size=" + size + " net-loss-cap=" + (netLossCap == Long.MAX_VALUE ? "inf" : netLossCap);
    }
}
