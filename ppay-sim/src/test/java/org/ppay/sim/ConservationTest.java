package org.ppay.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppay.core.Params;
import org.ppay.core.role.Scheme;

/**
 * Nothing is created or lost: every printed coin ends cashed or expired (all peers leave and cash
 * everything at the end, Section 6.3), the broker's books balance, picopayment credit is recorded on both
 * sides, and honest peers never trip a protocol check. Checked for every scheme and credit window type, with
 * the default Renewal Wait (nothing expires) and with one of a day (coins expire while holders are offline).
 */
class ConservationTest {
    static List<SmallRun> everySchemeAndWindow() {
        List<SmallRun> out = new ArrayList<>();
        for (Scheme s : Scheme.values()) {
            for (Params.CreditWindowType t : Params.CreditWindowType.values()) {
                out.add(SmallRun.of(s).window(t));
                out.add(SmallRun.of(s).window(t).caches(CacheModel.FIXED));
                out.add(SmallRun.of(s).window(t).renewalWaitDays(1).days(3));
                out.add(SmallRun.of(s).window(t).downtime(5).peers(60).days(3));
            }
            out.add(SmallRun.of(s).scw().lazyPercent(50).netLossCap(20));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("everySchemeAndWindow")
    void everyPrintedCoinIsCashedOrExpiredByTheEnd(SmallRun c) {
        SimResult r = c.run();
        assertThat(r.count("coins_printed")).isPositive();
        assertThat(r.count("coins_cashed") + r.count("coins_expired")).isEqualTo(r.count("coins_printed"));
    }

    @ParameterizedTest
    @MethodSource("everySchemeAndWindow")
    void theBrokersBooksBalanceAndEveryPicopaymentIsRecordedOnBothSides(SmallRun c) {
        SimResult r = c.run();
        assertThat(r.moneyConserved()).isTrue();
        assertThat(r.picopaymentImbalance()).isZero();
    }

    @ParameterizedTest
    @MethodSource("everySchemeAndWindow")
    void anHonestRunTripsNoProtocolCheck(SmallRun c) {
        assertThat(c.run().protocolErrors()).isZero();
    }

    @ParameterizedTest
    @MethodSource("everySchemeAndWindow")
    void everyCoinPaymentIsAReassignmentALayerOrANewCoin(SmallRun c) {
        SimResult r = c.run();
        assertThat(r.count("coin_payments")).isEqualTo(
            r.count("reassign_owner") + r.count("reassign_broker") + r.count("layered") + r.count("coins_printed"));
    }

    @ParameterizedTest
    @MethodSource("everySchemeAndWindow")
    void everyProbeAnsweredIsPaidWithExactlyOnePicopayment(SmallRun c) {
        SimResult r = c.run();
        assertThat(r.count("picopayments")).isEqualTo(r.count("probes"));
        assertThat(r.count("hits")).isLessThanOrEqualTo(r.count("queries"));
        assertThat(r.count("probes")).isLessThanOrEqualTo(c.config().cacheSize() * r.count("queries"));
    }

    @ParameterizedTest
    @MethodSource("everySchemeAndWindow")
    void aCoinIsPaidOnlyForAFullWindowOfPicopayments(SmallRun c) {
        // Payword: a coin settles exactly x words of one payer-payee chain, so at most x - 1 words per ordered
        // pair are left unsettled at the end; a pair that exchanged a picopayment is each other's counterpart, so
        // there are at most as many ordered pairs as counterparts summed over peers (with fixed caches at most
        // twice the peers * cache entries; GUESS caches change, and peers meet more). Soft credit windows without a cap:
        // a coin is paid only when a balance reaches x, from 0 after the previous coin of that pair, so at
        // least x picopayments lie between two coins of a pair. (With a NetLossCap a coin may be prepaid
        // inside the window, so the bound does not apply.)
        if (c.config().netLossCap() != Long.MAX_VALUE) return;
        SimResult r = c.run();
        long x = c.config().creditWindowSize();
        long unsettled = r.count("picopayments") - x * r.count("coin_payments");
        assertThat(unsettled).isNotNegative();
        if (c.config().creditWindowType() == Params.CreditWindowType.PAYWORD && c.config().lazyPercent() == 0) {
            long orderedPairs = java.util.Arrays.stream(r.caches().counterparts()).asLongStream().sum();
            assertThat(unsettled).isLessThanOrEqualTo((x - 1) * orderedPairs);
            if (c.config().caches() == CacheModel.FIXED) assertThat(orderedPairs).isLessThanOrEqualTo(2L * c.config().peers() * c.config().cacheSize());
        }
    }
}
