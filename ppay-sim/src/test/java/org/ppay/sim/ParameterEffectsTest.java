package org.ppay.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ppay.core.role.Scheme;

/** Table 1's parameters do what their descriptions say. */
class ParameterEffectsTest {
    @ParameterizedTest
    @EnumSource(Scheme.class)
    void maxLayersZeroMeansNoCoinIsEverLayered(Scheme s) {
        for (SmallRun c : new SmallRun[] {SmallRun.of(s).maxLayers(0), SmallRun.of(s).maxLayers(0).scw(), SmallRun.of(s).maxLayers(0).downtime(5).peers(40)}) {
            SimResult r = c.run();
            assertThat(r.count("coin_payments")).as(c.toString()).isPositive();
            assertThat(r.count("layered")).as(c.toString()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Scheme.class, names = {"PPAY", "PPAY_STAR"})
    void coinsAreRenewedThroughTheirOwnersOnceTheRunOutlastsTheRenewalWait(Scheme s) {
        SimResult r = SmallRun.of(s).renewalWaitDays(1).days(3).run();
        assertThat(r.count("renew_owner")).isPositive();
    }

    @ParameterizedTest
    @EnumSource(Scheme.class)
    void noCoinIsRenewedOrExpiresWhileTheRunIsShorterThanTheRenewalWait(Scheme s) {
        SimResult r = SmallRun.of(s).renewalWaitDays(30).days(2).run();
        assertThat(r.count("renew_owner") + r.count("renew_broker")).isZero();
        assertThat(r.count("coins_expired")).isZero();
    }

    @Test
    void ppayStarAlsoRenewsAtTheBrokerWhenOwnersAreOffline() {
        assertThat(SmallRun.of(Scheme.PPAY_STAR).renewalWaitDays(1).days(3).count("renew_broker")).isPositive();
    }

    @Test
    void theOnlineFractionIsAFractionAndFallsAsTheDowntimeMultiplierGrows() {
        double previous = 1;
        for (double m : new double[] {0.5, 1, 5, 20}) {
            double f = SmallRun.onlineFraction(SmallRun.of(Scheme.PPAY).downtime(m).peers(40).run());
            assertThat(f).as("downtime multiplier " + m).isStrictlyBetween(0.0, 1.0).isLessThan(previous);
            previous = f;
        }
    }

    @Test
    void theOnlineFractionRisesAsTheLifespanMultiplierGrows() {
        double shortLived = SmallRun.onlineFraction(SmallRun.of(Scheme.PPAY).lifespan(0.5).peers(40).run());
        double longLived = SmallRun.onlineFraction(SmallRun.of(Scheme.PPAY).lifespan(5).peers(40).run());
        assertThat(longLived).isGreaterThan(shortLived);
    }

    @Test
    void fewerPeersOnlineMeanFewerQueriesAndFewerCoinPayments() {
        SimResult busy = SmallRun.of(Scheme.PPAY).peers(40).run(), quiet = SmallRun.of(Scheme.PPAY).downtime(20).peers(40).run();
        assertThat(quiet.count("queries")).isLessThan(busy.count("queries"));
        assertThat(quiet.count("coin_payments")).isLessThan(busy.count("coin_payments"));
    }

    @Test
    void aLargerCreditWindowMeansFewerCoinPayments() {
        long x10 = SmallRun.of(Scheme.PPAY).count("coin_payments"), x100 = SmallRun.of(Scheme.PPAY).windowSize(100).count("coin_payments");
        assertThat(x100).isLessThan(x10);
    }
}
