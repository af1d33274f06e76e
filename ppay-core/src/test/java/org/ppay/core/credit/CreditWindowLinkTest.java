package org.ppay.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.cost.CostMeter;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.Payword;
import org.ppay.core.msg.PaywordCommitment;

/** Links address a counterpart without a lookup; the rules behind them are the window's own. */
class CreditWindowLinkTest {
    private final Signer p = Peers.signer(1), q = Peers.signer(2), r = Peers.signer(3);

    private static void assertCode(ErrorCode code, SoftCreditWindowTest.ThrowingCall call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void softCreditTrafficByLinkLeavesTheSameBalancesAsTrafficById() throws PPayException {
        SoftCreditWindow byId = new SoftCreditWindow(p.id(), 5, 12), byLink = new SoftCreditWindow(p.id(), 5, 12);
        PeerId[] others = {q.id(), r.id()};
        SoftCreditWindow.Link[] links = {byLink.link(q.id()), byLink.link(r.id())};
        SplittableRandom rng = new SplittableRandom(7);
        int done = 0;
        for (int i = 0; i < 2000; i++) {
            int k = rng.nextInt(2), op = rng.nextInt(4);
            Object a = outcome(() -> switch (op) {
                case 0 -> byId.serve(others[k]);
                case 1 -> byId.served(others[k]);
                case 2 -> { byId.coinPaid(others[k]); yield null; }
                default -> { byId.coinReceived(others[k]); yield null; }
            });
            Object b = outcome(() -> switch (op) {
                case 0 -> byLink.serve(links[k]);
                case 1 -> byLink.served(links[k]);
                case 2 -> { byLink.coinPaid(links[k]); yield null; }
                default -> { byLink.coinReceived(links[k]); yield null; }
            });
            assertThat(b).isEqualTo(a);
            if (!(a instanceof ErrorCode)) done++;
            assertThat(byLink.balances()).isEqualTo(byId.balances());
            assertThat(byLink.loss()).isEqualTo(byId.loss());
            assertThat(byLink.wouldExtend(links[k])).isEqualTo(byId.wouldExtend(others[k]));
            assertThat(byLink.mayPayCoin(links[k])).isEqualTo(byId.mayPayCoin(others[k]));
            assertThat(byLink.creditRoomAt(links[k])).isEqualTo(byId.creditRoomAt(others[k]));
            assertThat(byLink.credit(links[k])).isEqualTo(byId.credit(others[k]));
        }
        assertThat(done).as("the traffic was not all refused").isGreaterThan(500);
    }

    interface Call { Object run() throws PPayException; }

    private static Object outcome(Call c) {
        try {
            Object o = c.run();
            return o == null ? "ok" : o;
        } catch (PPayException e) {
            return e.code();
        }
    }

    @Test
    void aSoftCreditLinkWorksOnlyWithItsOwnWindowAndNeverToSelf() throws PPayException {
        SoftCreditWindow mine = SoftCreditWindow.uncapped(p.id(), 3), other = SoftCreditWindow.uncapped(p.id(), 3);
        SoftCreditWindow.Link foreign = other.link(q.id());
        assertCode(ErrorCode.INVALID_ARGUMENT, () -> mine.serve(foreign));
        assertCode(ErrorCode.INVALID_ARGUMENT, () -> mine.served(foreign));
        assertCode(ErrorCode.INVALID_ARGUMENT, () -> mine.coinPaid(foreign));
        assertCode(ErrorCode.INVALID_ARGUMENT, () -> mine.link(p.id()));
        assertThat(mine.balances()).isEmpty();
        assertThat(other.balances()).isEmpty();
        assertThat(mine.loss()).isZero();
        assertThat(mine.link(q.id())).isSameAs(mine.link(q.id())).extracting(SoftCreditWindow.Link::peer).isEqualTo(q.id());
    }

    @Test
    void aPaywordChainRunsByLinksFromCommitmentToTheSettlingCoin() throws PPayException {
        PaywordWindow payer = new PaywordWindow(p, Peers.VERIFIER, 3), payee = new PaywordWindow(q, Peers.VERIFIER, 3);
        PaywordWindow.Link toQ = payer.link(q.id()), fromP = payee.link(p.id());
        assertThat(payer.needsCommitment(toQ)).isTrue();
        payee.open(fromP, payer.commit(toQ, Peers.bytes32(9), 5, CostMeter.NONE), CostMeter.NONE);
        assertThat(payee.receive(fromP, payer.pay(toQ), CostMeter.NONE)).isEqualTo(CreditOutcome.WITHIN_WINDOW);
        assertThat(payee.receive(fromP, payer.pay(toQ), CostMeter.NONE)).isEqualTo(CreditOutcome.WITHIN_WINDOW);
        assertThat(payer.coinDueTo(toQ)).isFalse();
        assertThat(payee.receive(fromP, payer.pay(toQ), CostMeter.NONE)).isEqualTo(CreditOutcome.COIN_DUE_FROM_PEER);
        assertThat(payer.coinDueTo(toQ)).isTrue();
        assertThat(payer.coinDueTo(q.id())).isTrue();
        assertThat(payee.credit(p.id())).isEqualTo(3);
        assertCode(ErrorCode.PAYMENT_REFUSED, () -> payer.pay(toQ));
        payer.coinPaid(toQ);
        payee.coinReceived(fromP);
        assertThat(payer.needsCommitment(toQ)).isTrue();
        assertThat(payee.credit(p.id())).isZero();
        assertCode(ErrorCode.PAYMENT_REFUSED, () -> payee.coinReceived(fromP));
    }

    @Test
    void aPaywordLinkRefusesForeignWindowsPayersAndWordsAndKeepsTheAccount() throws PPayException {
        PaywordWindow payer = new PaywordWindow(p, Peers.VERIFIER, 4), payee = new PaywordWindow(q, Peers.VERIFIER, 4);
        PaywordWindow stranger = new PaywordWindow(r, Peers.VERIFIER, 4);
        PaywordWindow.Link toQ = payer.link(q.id()), fromP = payee.link(p.id()), fromR = payee.link(r.id());
        PaywordCommitment c = payer.commit(toQ, Peers.bytes32(4), 5, CostMeter.NONE);
        assertCode(ErrorCode.INVALID_ARGUMENT, () -> payee.open(fromR, c, CostMeter.NONE));     // p's chain on r's link
        assertCode(ErrorCode.INVALID_ARGUMENT, () -> payee.open(stranger.link(p.id()), c, CostMeter.NONE));
        payee.open(fromP, c, CostMeter.NONE);
        Payword w1 = payer.pay(toQ);
        assertCode(ErrorCode.BAD_PAYWORD, () -> payee.receive(fromR, w1, CostMeter.NONE));
        assertCode(ErrorCode.INVALID_ARGUMENT, () -> stranger.receive(fromP, w1, CostMeter.NONE));
        assertThat(payee.credit(p.id())).isZero();
        payee.receive(fromP, w1, CostMeter.NONE);
        assertCode(ErrorCode.BAD_PAYWORD, () -> payee.receive(fromP, w1, CostMeter.NONE));   // a replay
        assertThat(payee.credit(p.id())).isEqualTo(1);
        assertCode(ErrorCode.PAYMENT_REFUSED, () -> payer.commit(toQ, Peers.bytes32(5), 6, CostMeter.NONE));
        assertCode(ErrorCode.INVALID_ARGUMENT, () -> payer.link(p.id()));
        assertThat(payer.debt(q.id())).isEqualTo(1);
    }
}
