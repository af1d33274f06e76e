package org.ppay.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.Coin;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.LayeredCoin;
import org.ppay.core.msg.ReassignmentRequest;
import org.ppay.core.role.Detection;
import org.ppay.core.role.FraudEvidence;
import org.ppay.core.role.PaymentPlan;
import org.ppay.core.role.Scheme;
import org.ppay.core.testing.Loopback;

/** The exchange's steps over a loopback network: who is sent what, and what each party holds afterwards. */
class ExchangeTest {
    private final Loopback net = new Loopback(Params.defaults());
    private final Peer u, v, x;

    ExchangeTest() throws PPayException {
        u = net.join("U", 1_000, 500, 5);
        v = net.join("V", 100, 500, 0);
        x = net.join("X", 100, 500, 0);
    }

    private Holding held(Peer p) { return p.holder().holdings().get(0); }

    @Test
    void anOwnerWithNoUnassignedCoinPrintsOneAndAssignsIt() throws PPayException {
        Exchange.Paid paid = net.exchange(u).payCoin(v.id(), Scheme.PPAY, net.now);
        assertThat(paid.plan()).isInstanceOf(PaymentPlan.PrintNew.class);
        assertThat(held(v).seq()).isEqualTo(1);
        assertThat(u.owner().trail(held(v).coin().id()).orElseThrow().current()).contains((Assignment) held(v));
        assertThat(net.broker.conserved()).isTrue();
    }

    @Test
    void aHolderPaysThroughTheOnlineOwnerAndGivesItsCoinUp() throws PPayException {
        net.exchange(u).payCoin(v.id(), Scheme.PPAY, net.now);
        Exchange.Paid paid = net.exchange(v).payCoin(x.id(), Scheme.PPAY, net.now);
        assertThat(paid.plan()).isInstanceOf(PaymentPlan.ViaOwner.class);
        assertThat(v.holder().count()).isZero();
        assertThat(held(x).seq()).isEqualTo(2);
        assertThat(u.owner().trail(held(x).coin().id()).orElseThrow().proofCount()).isEqualTo(1);
        assertThat(net.broker.conserved()).isTrue();
    }

    @Test
    void withTheOwnerDownAndNoLayerAllowedPPayStarGoesToTheBrokerAndPPayPrintsANewCoin() throws PPayException {
        Loopback flat = new Loopback(Params.builder().maxLayers(0).build());
        Peer o = flat.join("O", 1_000, 500, 5), a = flat.join("A", 1_000, 500, 5), c = flat.join("C", 1_000, 500, 5);
        flat.exchange(o).payCoin(a.id(), Scheme.PPAY, flat.now);
        flat.offline(o);
        assertThat(flat.exchange(a).plan(Scheme.PPAY, flat.now)).isInstanceOf(PaymentPlan.PrintNew.class);
        assertThat(flat.exchange(a).payCoin(c.id(), Scheme.PPAY_STAR, flat.now).plan()).isInstanceOf(PaymentPlan.ViaBroker.class);
        assertThat(flat.broker.conserved()).isTrue();
    }

    @Test
    void aReassignmentThroughTheBrokerIsAuditedByTheOwnerWhenItComesBack() throws PPayException {
        net.exchange(u).payCoin(v.id(), Scheme.PPAY, net.now);
        net.offline(u);
        long vBefore = net.broker.account(v.id()).orElseThrow().balance();
        net.exchange(v).carryOut(new PaymentPlan.ViaBroker(held(v)), x.id(), net.now);
        assertThat(((Assignment) held(x)).byBroker()).isTrue();
        assertThat(net.broker.account(v.id()).orElseThrow().balance()).isEqualTo(vBefore - net.params.brokerFee());
        net.online(u);
        net.exchange(u).comeBack(net.now);
        assertThat(u.owner().trail(held(x).coin().id()).orElseThrow().current()).contains((Assignment) held(x));
        assertThat(net.broker.conserved()).isTrue();
    }

    @Test
    void aLayerIsHandedOverAndThePayerKeepsNothing() throws PPayException {
        net.exchange(u).payCoin(v.id(), Scheme.PPAY, net.now);
        net.offline(u);
        Exchange.Paid paid = net.exchange(v).payCoin(x.id(), Scheme.PPAY, net.now);
        assertThat(paid.plan()).isInstanceOf(PaymentPlan.Layer.class);
        assertThat(held(x)).isInstanceOf(LayeredCoin.class);
        assertThat(v.holder().count()).isZero();
    }

    @Test
    void aPayeeThatHasSeenANewerAssignmentRefusesWithASignatureAndTheCoinComesBack() throws PPayException {
        // U assigns its coin to V twice (a double assignment); X holds the newer branch when V pays the older one.
        net.exchange(u).payCoin(v.id(), Scheme.PPAY, net.now);
        Assignment first = (Assignment) held(v);
        Coin coin = first.coin();
        net.exchange(v).payCoin(x.id(), Scheme.PPAY, net.now);               // seq 2 -> X
        Peer b = net.join("B", 100, 500, 0);
        Assignment twin = new Assignment(b.id(), 1, net.now, net.now, net.now + net.params.renewalWait(), coin, false,
            u.context().signer().sign(Assignment.signedBytes(b.id(), 1, net.now, net.now, net.now + net.params.renewalWait(), coin)));
        b.holder().accept(twin, org.ppay.core.role.Holder.Context.FRESH, null, net.now);
        net.offline(u);
        Peer y = net.join("Y", 100, 500, 0);
        net.exchange(x).payCoin(y.id(), Scheme.PPAY_STAR, net.now);          // X lays its seq 2 on to Y (seq 3)
        // Y has seen seq 3; B pays Y the twin through the broker (seq 2): Y refuses, and B gets the coin back
        Holding[] refused = new Holding[1];
        assertThatThrownBy(() -> net.exchange(b).carryOut(new PaymentPlan.ViaBroker(twin), y.id(), net.now))
            .isInstanceOfSatisfying(RefusedPayment.class, e -> {
                refused[0] = e.refusal().refused();
                assertThat(e.code()).isEqualTo(ErrorCode.STALE_SEQUENCE);
                assertThat(e.refusal().relinquisher()).isEqualTo(y.id());
                assertThat(e.returned().holder()).isEqualTo(b.id());
                assertThat(e.returned().seq()).isEqualTo(3);
            });
        assertThat(held(b).seq()).isEqualTo(3);
        assertThat(y.holder().mayRefuse(refused[0])).as("a second refusal of seq 2 would be a second relinquishment").isFalse();
        assertThat(net.broker.conserved()).isTrue();
    }

    @Test
    void aCoinPastTheMiddleOfItsWindowIsRenewedAtItsOwnerByUpkeep() throws PPayException {
        net.exchange(u).payCoin(v.id(), Scheme.PPAY, net.now);
        long rb = held(v).base().rb();
        net.now = rb + net.params.renewalWait() * 3 / 4;
        Exchange.Upkeep done = net.exchange(v).upkeep(Scheme.PPAY, net.now);
        assertThat(done.renewedByOwner()).isEqualTo(1);
        assertThat(held(v).base().rb()).isEqualTo(rb + net.params.renewalWait());
    }

    @Test
    void withTheOwnerDownPPayCashesAnExpiringCoinAndPPayStarRenewsItAtTheBroker() throws PPayException {
        net.exchange(u).payCoin(v.id(), Scheme.PPAY, net.now);
        net.exchange(u).payCoin(x.id(), Scheme.PPAY, net.now);
        net.offline(u);
        net.now += net.params.renewalWait() * 3 / 4;
        assertThat(net.exchange(v).upkeep(Scheme.PPAY, net.now).cashed()).isEqualTo(1);
        assertThat(v.holder().count()).isZero();
        assertThat(net.exchange(x).upkeep(Scheme.PPAY_STAR, net.now).renewedByBroker()).isEqualTo(1);
        assertThat(((Assignment) held(x)).byBroker()).isTrue();
        assertThat(net.broker.conserved()).isTrue();
    }

    @Test
    void aLazyPeerIsRefusedCreditOnceACoinIsDue() throws PPayException {
        Loopback scw = new Loopback(Params.builder().creditWindowType(Params.CreditWindowType.SCW).creditWindowSize(2).build());
        Peer p = scw.join("P", 1_000, 500, 5), q = scw.join("Q", 1_000, 500, 5);
        q.lazy(true);
        Exchange.CoinPayer never = () -> { throw new AssertionError("a lazy peer pays no coin"); };
        var line = q.window().lineTo(p.window());
        scw.exchange(q).picopay(line, p.id(), p.context().meter(), never, scw.now);
        scw.exchange(q).picopay(line, p.id(), p.context().meter(), never, scw.now);
        assertThatThrownBy(() -> scw.exchange(q).picopay(line, p.id(), p.context().meter(), never, scw.now))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CREDIT_REFUSED));
    }

    @Test
    void xPaywordPicopaymentsCallForOneCoinWhichSettlesTheLine() throws PPayException {
        Peer p = net.join("P", 1_000, 500, 5), q = net.join("Q", 1_000, 500, 5);
        var line = q.window().lineTo(p.window());
        Exchange ex = net.exchange(q);
        int[] coins = {0};
        Exchange.CoinPayer pay = () -> { coins[0]++; return ex.payCoin(p.id(), Scheme.PPAY, net.now).delivered(); };
        long x = net.params.creditWindowSize();
        for (int i = 0; i < x; i++) ex.picopay(line, p.id(), p.context().meter(), pay, net.now);
        assertThat(coins[0]).isEqualTo(1);
        assertThat(line.coinDue()).isFalse();
        assertThat(p.holder().count()).isEqualTo(1);
    }

    @Test
    void cashingASecondClaimRelaysTheArbitrationAndConvictsTheOwnerWhoIssuedTheCoinTwice() throws PPayException {
        net.exchange(u).payCoin(v.id(), Scheme.PPAY, net.now);
        Assignment first = (Assignment) held(v);
        Peer b = net.join("B", 100, 500, 0);
        Coin coin = first.coin();
        Assignment twin = new Assignment(b.id(), 1, net.now, net.now, net.now + net.params.renewalWait(), coin, false,
            u.context().signer().sign(Assignment.signedBytes(b.id(), 1, net.now, net.now, net.now + net.params.renewalWait(), coin)));
        b.holder().accept(twin, org.ppay.core.role.Holder.Context.FRESH, null, net.now);
        assertThat(net.exchange(v).cash(first, net.now)).isNotNull();
        assertThat(net.exchange(b).cash(twin, net.now)).isNull();            // disputed, then ruled while U answers
        assertThat(net.broker.detections()).extracting(Detection::kind).containsExactly(Detection.Kind.OWNER_DOUBLE_SPEND);
        assertThat(net.broker.account(b.id()).orElseThrow().balance()).isEqualTo(100 + net.params.coinValue() - net.params.cashFee());
        assertThat(net.broker.conserved()).isTrue();
    }

    @Test
    void overTheNetworkPaywordWordsReachThePayeeAndTheCoinSettlesItsWindow() throws PPayException {
        Peer p = net.join("P", 1_000, 500, 5), q = net.join("Q", 1_000, 500, 5);
        p.settlesRemotely(true);
        Exchange ex = net.exchange(q);
        var line = ex.lineTo(p.id());
        int[] coins = {0};
        Exchange.CoinPayer pay = () -> { coins[0]++; return ex.payCoin(p.id(), Scheme.PPAY, net.now).delivered(); };
        long x = net.params.creditWindowSize();
        for (int i = 0; i < 2 * x; i++) ex.picopay(line, p.id(), null, pay, net.now);
        assertThat(coins[0]).isEqualTo(2);
        assertThat(line.coinDue()).isFalse();
        assertThat(((org.ppay.core.credit.PaywordWindow) p.window()).credit(q.id())).as("every word paid for").isZero();
        assertThat(p.holder().count()).isEqualTo(2);
    }

    @Test
    void overTheNetworkASoftCreditWindowFillsAndAnUnpaidSettlementIsRefused() throws PPayException {
        Loopback scw = new Loopback(Params.builder().creditWindowType(Params.CreditWindowType.SCW).creditWindowSize(3).build());
        Peer p = scw.join("P", 1_000, 500, 5), q = scw.join("Q", 1_000, 500, 5);
        p.settlesRemotely(true);
        Exchange ex = scw.exchange(q);
        var line = ex.lineTo(p.id());
        Exchange.CoinPayer pay = () -> ex.payCoin(p.id(), Scheme.PPAY, scw.now).delivered();
        for (int i = 0; i < 3; i++) ex.picopay(line, p.id(), null, pay, scw.now);
        var pw = (org.ppay.core.credit.SoftCreditWindow) p.window();
        assertThat(pw.credit(q.id())).as("settled back inside the window").isZero();
        assertThatThrownBy(() -> p.receive(new org.ppay.core.msg.Settlement(q.id(), p.id(), held(p).coin().id(), held(p).seq(), 3), scw, scw.now))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_COIN));
        assertThat(pw.credit(q.id())).isZero();
    }
    @Test
    void aCopyCashedAfterItsOwnerLeftFormallyIsRefutedByTheTrailTheOwnerDeposited() throws PPayException {
        net.exchange(u).payCoin(v.id(), Scheme.PPAY, net.now);
        Holding copy = held(v);
        net.exchange(v).payCoin(x.id(), Scheme.PPAY, net.now);
        net.exchange(x).cash(held(x), net.now);                 // the recall of Section 4.2
        net.exchange(u).leave(net.now);
        net.broker.leave(u.id(), net.now);

        assertThatThrownBy(() -> net.broker(v.holder().cashRequest(copy, net.now)))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.RELINQUISHED));
        assertThat(net.broker.detections()).extracting(Detection::culprit).containsExactly(v.id());
        assertThat(net.broker.conserved()).isTrue();
    }

    @Test
    void aRelinquishmentGivesUpOnlyTheHoldingUnderItNotAnotherWithTheSameHolderAndNumber() throws PPayException {
        net.exchange(u).payCoin(v.id(), Scheme.PPAY, net.now);
        Assignment first = (Assignment) held(v);
        long later = first.re() + 1;                              // the serial assigned again once its window closed
        long w = net.params.renewalWait();
        Assignment reissued = new Assignment(v.id(), 1, later, later, later + w, first.coin(), false,
            u.context().sign(org.ppay.core.cost.Task.ISSUE, Assignment.signedBytes(v.id(), 1, later, later, later + w, first.coin())));
        Assignment byBroker = new Assignment(v.id(), 1, first.ts() + 5, first.rb(), first.re(), first.coin(), true,
            u.context().sign(org.ppay.core.cost.Task.ISSUE, Assignment.signedBytes(v.id(), 1, first.ts() + 5, first.rb(), first.re(), first.coin())));
        ReassignmentRequest gaveUpFirst = v.holder().reassignmentRequest(first, x.id());
        ReassignmentRequest gaveUpReissued = v.holder().reassignmentRequest(reissued, x.id());

        assertThat(gaveUpFirst.relinquishes(first)).isTrue();
        assertThat(gaveUpFirst.relinquishes(reissued)).isFalse();
        assertThat(gaveUpFirst.relinquishes(byBroker)).as("the broker signs the same assignment (eq. 5)").isTrue();
        assertThat(gaveUpFirst.conflictsWith(gaveUpReissued)).isFalse();
        assertThat(gaveUpFirst.conflictsWith(v.holder().reassignmentRequest(first, u.id()))).isTrue();
        assertThatThrownBy(() -> new FraudEvidence(v.id(), gaveUpFirst, gaveUpReissued, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
