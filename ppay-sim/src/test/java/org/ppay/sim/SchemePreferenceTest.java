package org.ppay.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ppay.core.role.Scheme;

/**
 * The three schemes of Section 7.1 pay coins in their own order of preference (Section 6.3): an online
 * owner, then a layer, then PPay prints a new coin where PPay* goes to the broker (downtime protocol), and an
 * expiring coin is cashed by PPay and renewed at the broker by PPay*. RM never reassigns: it layers while it
 * may and prints otherwise, and its payees cash what can no longer be layered.
 */
class SchemePreferenceTest {
    /** Configurations that push the schemes towards their last resorts: owners often offline, no layers, short windows. */
    static List<SmallRun> stressed(Scheme s) {
        return List.of(
            SmallRun.of(s),
            SmallRun.of(s).scw(),
            SmallRun.of(s).downtime(5).peers(60).days(3),
            SmallRun.of(s).downtime(20).peers(60).days(3),
            SmallRun.of(s).maxLayers(0).downtime(5).peers(40),
            SmallRun.of(s).renewalWaitDays(1).days(3),
            SmallRun.of(s).renewalWaitDays(1).days(3).downtime(5).peers(40));
    }

    @Test
    void ppayNeverAsksTheBrokerToReassignOrRenewACoin() {
        for (SmallRun c : stressed(Scheme.PPAY)) {
            SimResult r = c.run();
            assertThat(r.count("coin_payments")).as(c.toString()).isPositive();
            assertThat(r.count("reassign_broker")).as(c.toString()).isZero();
            assertThat(r.count("renew_broker")).as(c.toString()).isZero();
        }
    }

    @Test
    void ppayStarUsesTheBrokerWhenEveryOwnerIsOfflineAndSoPrintsFewerCoinsThanPPay() {
        // Downtime Multiplier 5 (12% of peers online) is enough, with layers allowed, for payers to run out of
        // coins whose owner is online or that may take one more layer. Max Layers 0 makes that the rule.
        for (SmallRun c : List.of(SmallRun.of(Scheme.PPAY_STAR).downtime(5).peers(60).days(3),
                                  SmallRun.of(Scheme.PPAY_STAR).maxLayers(0).downtime(5).peers(40),
                                  SmallRun.of(Scheme.PPAY_STAR).maxLayers(0).downtime(20).peers(40))) {
            SimResult star = c.run();
            SimResult ppay = c.scheme(Scheme.PPAY).run();
            assertThat(star.count("reassign_broker")).as(c.toString()).isPositive();
            assertThat(star.count("coins_printed")).as(c.toString()).isLessThan(ppay.count("coins_printed"));
        }
    }

    @Test
    void ppayStarRenewsAtTheBrokerWhatPPayCashesWhenTheOwnerIsOffline() {
        SmallRun c = SmallRun.of(Scheme.PPAY_STAR).renewalWaitDays(1).days(3);
        assertThat(c.count("renew_broker")).isPositive();
        assertThat(c.scheme(Scheme.PPAY).count("renew_broker")).isZero();
    }

    @Test
    void rmNeverReassignsThroughAnOwnerOrTheBroker() {
        for (SmallRun c : stressed(Scheme.RM)) {
            SimResult r = c.run();
            assertThat(r.count("coin_payments")).as(c.toString()).isPositive();
            assertThat(r.count("reassign_owner")).as(c.toString()).isZero();
            assertThat(r.count("reassign_broker")).as(c.toString()).isZero();
            assertThat(r.count("renew_broker")).as(c.toString()).isZero();
        }
    }

    @Test
    void rmCashesEveryCoinItPrints() {
        // The Renewal Wait of 30 days is far longer than the run, so no coin can expire.
        for (SmallRun c : List.of(SmallRun.of(Scheme.RM), SmallRun.of(Scheme.RM).scw(), SmallRun.of(Scheme.RM).downtime(20).peers(60).days(3),
                                  SmallRun.of(Scheme.RM).maxLayers(0))) {
            SimResult r = c.run();
            assertThat(r.count("coins_printed")).as(c.toString()).isPositive();
            assertThat(r.count("coins_cashed")).as(c.toString()).isEqualTo(r.count("coins_printed"));
            assertThat(r.count("coins_expired")).as(c.toString()).isZero();
        }
    }

    @Test
    void rmWithoutLayersCashesEveryCoinPaymentAsItsOwnNewCoin() {
        SimResult r = SmallRun.of(Scheme.RM).maxLayers(0).run();
        assertThat(r.count("layered")).isZero();
        assertThat(r.count("coins_printed")).isEqualTo(r.count("coin_payments"));
        assertThat(r.count("coins_cashed")).isEqualTo(r.count("coin_payments"));
    }

    @Test
    void rmLayersACoinAtMostMaxLayersTimesBeforeItIsCashed() {
        // Under RM a coin is printed once and then only layered, one layer per payment, until it reaches Max
        // Layers and its payee cashes it: at most Max Layers layers per printed coin.
        for (int m : new int[] {1, 2, 3}) {
            SimResult r = SmallRun.of(Scheme.RM).maxLayers(m).run();
            assertThat(r.count("layered")).as("max layers " + m).isPositive().isLessThanOrEqualTo(m * r.count("coins_printed"));
        }
    }

    @ParameterizedTest
    @EnumSource(Scheme.class)
    void everySchemeLayersCoinsWhenLayersAreAllowed(Scheme s) {
        assertThat(SmallRun.of(s).count("layered")).isPositive();
    }

    @Test
    void theSchemeDecidesHowCoinsArePaidButNotHowManyAreDue() {
        // Without lazy peers or a loss cap every probe of an online peer is paid, whatever the scheme, and the
        // random streams of churn and queries do not depend on how coins are paid: the application-level
        // counts of the three schemes agree exactly.
        for (SmallRun c : List.of(SmallRun.of(Scheme.PPAY), SmallRun.of(Scheme.PPAY).scw(), SmallRun.of(Scheme.PPAY).downtime(5).peers(60).days(3))) {
            SimResult ppay = c.run(), star = c.scheme(Scheme.PPAY_STAR).run(), rm = c.scheme(Scheme.RM).run();
            for (String n : List.of("queries", "probes", "hits", "picopayments", "coin_payments")) {
                assertThat(star.count(n)).as(c + " " + n).isEqualTo(ppay.count(n));
                assertThat(rm.count(n)).as(c + " " + n).isEqualTo(ppay.count(n));
            }
        }
    }
}
