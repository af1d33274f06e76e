package org.ppay.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ppay.core.role.Scheme;

/**
 * Lazy peers (Section 7.2.3) take service on soft credit and never pay a coin: the peers that serve them
 * are left with credit they will never collect, l_i(end) > 0, unless a NetLossCap v bounds it (l_i ≤ v;
 * "the maximum observed credit loss is always v"). Only non-lazy peers' losses are reported.
 */
class LazyPeerTest {
    static final SmallRun HALF_LAZY = SmallRun.of(Scheme.PPAY).scw().lazyPercent(50).days(3);

    @Test
    void honestPeersLoseCreditToLazyPeersWithoutACap() {
        SimResult r = HALF_LAZY.run();
        assertThat((Double) SmallRun.creditLoss(r).get("max")).isPositive();
        assertThat((Double) SmallRun.creditLoss(r).get("mean")).as("lazy peers are net debtors of the honest ones").isPositive();
    }

    @ParameterizedTest
    @ValueSource(longs = {10, 20, 35})
    void aNetLossCapBoundsWhatAnyHonestPeerLoses(long cap) {
        SimResult r = HALF_LAZY.netLossCap(cap).run();
        double max = (Double) SmallRun.creditLoss(r).get("max");
        assertThat(max).isPositive().isLessThanOrEqualTo(cap);
    }

    @Test
    void aCapLowerThanTheLossesSeenWithoutItIsReached() {
        double uncapped = (Double) SmallRun.creditLoss(HALF_LAZY.run()).get("max");
        assertThat(uncapped).isGreaterThan(20);
        assertThat((Double) SmallRun.creditLoss(HALF_LAZY.netLossCap(20).run()).get("max")).isEqualTo(20.0);
    }

    @Test
    void withoutLazyPeersCreditIsStillOutstandingAtTheEndButItAveragesToZero() {
        // Figure 8 with 0% lazy peers: the largest l_i(end) is positive (balances left inside the windows when
        // everyone leaves), the mean is 0 because every balance is some other honest peer's debt.
        SimResult r = SmallRun.of(Scheme.PPAY).scw().days(3).run();
        assertThat((Double) SmallRun.creditLoss(r).get("max")).isPositive();
        assertThat((Double) SmallRun.creditLoss(r).get("mean")).isCloseTo(0.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void lazyPeersGetFewerProbesPaidThanHonestOnes() {
        // A lazy peer's probes stop being answered once its credit with a peer runs out.
        SmallRun honest = SmallRun.of(Scheme.PPAY).scw().days(3);
        assertThat(HALF_LAZY.count("probes")).isLessThan(honest.count("probes"));
    }
}
