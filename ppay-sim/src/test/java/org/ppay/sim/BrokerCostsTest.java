package org.ppay.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ppay.core.cost.CostAction;
import org.ppay.core.role.Scheme;

/**
 * The broker's signature work priced as Section 7.1 counts it ({@link BrokerCosts#PAPER}: "cashing (1 verification)
 * is substantially less expensive than reassignment or renewal (1 verification + 1 generation)", plus one
 * verification per layer peeled) or as our protocol does it ({@link BrokerCosts#PROTOCOL}: every signature made
 * and checked, as metered).
 */
class BrokerCostsTest {
    /** PPay* with owners mostly offline and short renewal windows: the broker reassigns and renews (FastEngineEqualityTest's row). */
    private static final SmallRun STAR = SmallRun.of(Scheme.PPAY_STAR).peers(80).cacheSize(12).maxLayers(1).downtime(20).renewalWaitDays(0.5).days(4).seed(6)
        .caches(CacheModel.FIXED);      // fixed caches keep offline owners in reach: the broker serves their coins

    /** What our broker meters for one cash of a coin of k layers it has not seen: the request, the layers, the assignment, the coin and its certificate checked, a receipt signed, the layers kept. */
    private static TaskMeter oneCash(int k) {
        TaskMeter m = new TaskMeter();
        m.add(org.ppay.core.cost.Task.CASH, CostAction.VERIFY, 1 + k + 1 + 2);
        m.add(org.ppay.core.cost.Task.CASH, CostAction.SIGN, 1);
        m.add(org.ppay.core.cost.Task.CASH, CostAction.PROOF_STORED, k);
        m.add(org.ppay.core.cost.Task.CASH, CostAction.MESSAGE_RECEIVED, 1);
        return m;
    }

    @ParameterizedTest(name = "k = {0}")
    @ValueSource(ints = {0, 1, 2, 4})
    void aCashOfACoinWithKLayersCostsOnePlusKVerificationsAndNoSignatureUnderPaper(int k) {
        TaskMeter m = oneCash(k);
        assertThat(BrokerCosts.PAPER.count(m, Task.CASH, CostAction.VERIFY)).isEqualTo(1 + k);
        assertThat(BrokerCosts.PAPER.count(m, Task.CASH, CostAction.SIGN)).isZero();
        assertThat(BrokerCosts.PAPER.count(m, Task.CASH, CostAction.MESSAGE_RECEIVED)).as("messages as metered").isEqualTo(1);
    }

    @ParameterizedTest(name = "k = {0}")
    @ValueSource(ints = {0, 1, 2, 4})
    void underProtocolACashCostsWhatTheBrokerMetered(int k) {
        TaskMeter m = oneCash(k);
        for (CostAction a : CostAction.values()) assertThat(BrokerCosts.PROTOCOL.count(m, Task.CASH, a)).as(a.name()).isEqualTo(m.count(Task.CASH, a));
    }

    @Test
    void everyCashOfARealRunIsOneVerificationPlusOnePerLayerItsCoinCarried() {
        // RM on two peers that never go offline: coins are only layered and cashed, none expires, so the layers
        // the broker peels are exactly the layers made (TwoPeerScenarioTest).
        for (int maxLayers : new int[] {0, 2}) {
            SimResult r = TwoPeerScenarioTest.TWO.scheme(Scheme.RM).maxLayers(maxLayers).run();
            assertThat(r.count("coins_cashed")).isPositive();
            assertThat(BrokerCosts.PAPER.count(r.brokerMeter(), Task.CASH, CostAction.VERIFY)).as("Max Layers %d", maxLayers)
                .isEqualTo(r.count("coins_cashed") + r.count("layered"));
            assertThat(BrokerCosts.PAPER.count(r.brokerMeter(), Task.CASH, CostAction.SIGN)).isZero();
            assertThat(BrokerCosts.PROTOCOL.count(r.brokerMeter(), Task.CASH, CostAction.SIGN)).as("a signed receipt per cash").isEqualTo(r.count("coins_cashed"));
        }
    }

    @Test
    void aReassignmentOrRenewalForAnOfflineOwnerIsOneGenerationAndOneVerificationPerProofKeptUnderPaper() {
        SimResult r = STAR.run();
        for (String[] t : new String[][] {{"REASSIGN", "reassign_broker"}, {"RENEW", "renew_broker"}}) {
            Task task = Task.valueOf(t[0]);
            long served = r.count(t[1]);
            assertThat(served).as(t[1]).isPositive();
            assertThat(BrokerCosts.PAPER.count(r.brokerMeter(), task, CostAction.SIGN)).as(t[0]).isEqualTo(served);
            // the request, and with Max Layers 1 at most one layer under it
            assertThat(BrokerCosts.PAPER.count(r.brokerMeter(), task, CostAction.VERIFY)).as(t[0]).isBetween(served, 2 * served);
            assertThat(BrokerCosts.PROTOCOL.count(r.brokerMeter(), task, CostAction.VERIFY)).as(t[0])
                .isGreaterThan(BrokerCosts.PAPER.count(r.brokerMeter(), task, CostAction.VERIFY));
        }
    }

    @Test
    void underProtocolTheBrokerIsChargedEveryActionItsMeterCounted() {
        SimResult r = STAR.brokerCosts(BrokerCosts.PROTOCOL).run();
        for (Task t : Task.values()) {
            long metered = 0;
            for (CostAction a : CostAction.values()) metered += r.brokerMeter().count(t, a);
            assertThat(r.hz(true, t, SimulatorTest.UNIT) * r.seconds()).as(t.name()).isCloseTo(metered, org.assertj.core.data.Offset.offset(1e-6 * metered + 1e-9));
        }
    }

    @Test
    void brokerCostsChangeTheBrokersProcessingLoadAndNothingElse() {
        SmallRun run = STAR;
        Map<String, Object> paper = SmallRun.reproducible(run.run()), protocol = SmallRun.reproducible(run.brokerCosts(BrokerCosts.PROTOCOL).run());
        assertThat(SmallRun.reproducible(run.run().withBrokerCosts(BrokerCosts.PROTOCOL))).as("the same run priced again").isEqualTo(protocol);
        assertThat(protocol.get("peer")).isEqualTo(paper.get("peer"));
        assertThat(protocol.get("counts")).isEqualTo(paper.get("counts"));
        assertThat(((Map<?, ?>) protocol.get("params")).get("broker_costs")).isEqualTo("protocol");
        assertThat(((Map<?, ?>) paper.get("params")).get("broker_costs")).isEqualTo("paper");
        Map<?, ?> b1 = (Map<?, ?>) paper.get("broker"), b2 = (Map<?, ?>) protocol.get("broker");
        assertThat(b2.get("bps_in")).isEqualTo(b1.get("bps_in"));
        assertThat(b2.get("bps_out")).isEqualTo(b1.get("bps_out"));
        assertThat((Double) b2.get("hz")).isGreaterThan((Double) b1.get("hz"));
    }

    @Test
    void theDefaultIsSection71sCount() {
        assertThat(SimConfig.defaults().brokerCosts()).isEqualTo(BrokerCosts.PAPER);
        assertThat(SimConfig.defaults().toBuilder().brokerCosts(BrokerCosts.PROTOCOL).build().toBuilder().build().brokerCosts()).isEqualTo(BrokerCosts.PROTOCOL);
    }
}
