package org.ppay.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ppay.core.Params;
import org.ppay.core.cost.CostAction;
import org.ppay.core.role.ProofRetention;
import org.ppay.core.role.Scheme;
import org.ppay.sim.fast.FastSimulator;

/**
 * The end of a run redeems every open Payword chain at the broker (Section 5.4), and coins used once (Section 7.1's
 * worst case) are each cashed by their first payee. Both engines are held to each other by FastEngineEqualityTest;
 * here the rules themselves.
 */
class EndOfRunAndCoinUsesTest {
    private static SimConfig.Builder small() { return SimConfig.builder().peers(100).cacheSize(10).days(2).seed(5); }

    @Test
    void everyOpenPaywordChainIsRedeemedAtTheEndForOneVerificationAndAHashPerWord() {
        SimConfig cfg = small().build();
        SimResult r = new Simulator(cfg, ProofRetention.COUNT).run();
        assertThat(r.count("chains_redeemed")).as("open chains at the end").isPositive();
        assertThat(r.count("words_redeemed")).isBetween(r.count("chains_redeemed"), r.count("chains_redeemed") * cfg.creditWindowSize());
        // every cash is one receipt and one redemption receipt each: the broker signs cashes + redemptions under CASH
        assertThat(r.brokerMeter().count(Task.CASH, CostAction.SIGN)).isEqualTo(r.count("coins_cashed") + r.count("chains_redeemed"));
        // under Section 7.1's count a redemption is one verification, as a cash of a coin without layers
        SimResult paper = r.withBrokerCosts(BrokerCosts.PAPER);
        assertThat(paper.hz(true, Task.CASH, SimulatorTest.UNIT)).isPositive();
        assertThat(r.moneyConserved()).isTrue();
        assertThat(r.protocolErrors()).isZero();
        // every word paid is either settled by a coin or redeemed: picopayments = x · coins settling chains + words redeemed
        assertThat(r.count("picopayments")).isEqualTo(cfg.creditWindowSize() * r.count("coin_payments") + r.count("words_redeemed"));
    }

    @Test
    void softCreditWindowsHaveNothingToRedeem() {
        SimResult r = new FastSimulator(small().creditWindowType(Params.CreditWindowType.SCW).build()).run();
        assertThat(r.count("chains_redeemed")).isZero();
        assertThat(r.count("words_redeemed")).isZero();
    }

    @Test
    void coinsUsedOnceAreEachPrintedForOnePaymentAndCashedByTheirPayee() {
        for (Scheme s : Scheme.values()) {
            SimResult r = new FastSimulator(small().scheme(s).coinUses(CoinUses.ONCE).build()).run();
            assertThat(r.count("coin_payments")).as(s.name()).isPositive();
            assertThat(r.count("coins_printed")).as(s + ": every payment a fresh coin").isEqualTo(r.count("coin_payments"));
            assertThat(r.count("coins_cashed") + r.count("coins_expired")).as(s + ": each cashed once").isEqualTo(r.count("coin_payments"));
            for (String path : new String[] {"reassign_owner", "reassign_broker", "layered", "renew_owner", "renew_broker"}) {
                assertThat(r.count(path)).as(s + " " + path).isZero();
            }
            assertThat(r.moneyConserved()).isTrue();
        }
    }

    @Test
    void theDefaultLetsCoinsFloat() {
        assertThat(SimConfig.defaults().coinUses()).isEqualTo(CoinUses.FLOAT);
        SimResult r = new FastSimulator(small().build()).run();
        assertThat(r.count("reassign_owner") + r.count("layered")).isPositive();
    }
}
