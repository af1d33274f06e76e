package org.ppay.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;

/** The NetLossCap rules of Section 5.4, payee and payer side, at their boundaries. */
class NetLossCapTest {
    private final PeerId i = Peers.id(1);
    private final PeerId j = Peers.id(2);
    private final PeerId k1 = Peers.id(3);
    private final PeerId k2 = Peers.id(4);

    private static void assertRefused(SoftCreditWindow w, ErrorCode code, SoftCreditWindowTest.ThrowingCall call) {
        Traffic.State before = Traffic.State.of(w);
        assertThatThrownBy(call::run).isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(code));
        assertThat(Traffic.State.of(w)).isEqualTo(before);
    }

    @Test
    void a_peer_serves_up_to_its_cap_and_refuses_credit_at_it() throws PPayException {
        SoftCreditWindow w = new SoftCreditWindow(i, 10, 5);
        for (int n = 0; n < 4; n++) w.serve(j);
        assertThat(w.wouldExtend(k1)).isTrue();
        w.serve(k1);
        assertThat(w.loss()).isEqualTo(5);
        assertThat(w.wouldExtend(j)).isFalse();
        assertThat(w.wouldExtend(k2)).isFalse();
        assertRefused(w, ErrorCode.CREDIT_REFUSED, () -> w.serve(j));
        assertRefused(w, ErrorCode.CREDIT_REFUSED, () -> w.serve(k2));
    }

    @Test
    void at_the_cap_a_peer_still_accepts_service_which_lowers_its_loss() throws PPayException {
        SoftCreditWindow w = new SoftCreditWindow(i, 10, 3);
        for (int n = 0; n < 3; n++) w.serve(j);
        w.served(k1);
        assertThat(w.loss()).isEqualTo(2);
        assertThat(w.serve(j)).isEqualTo(CreditOutcome.WITHIN_WINDOW);
    }

    @Test
    void a_capped_payee_serves_again_once_the_client_prepays_a_coin() throws PPayException {
        // the paper's walk-through: l_i = v, p_j wants credit, p_j pays a coin, l_i drops by x, p_j is served
        SoftCreditWindow wi = new SoftCreditWindow(i, 10, 5);
        SoftCreditWindow wj = new SoftCreditWindow(j, 10, 5);
        for (int n = 0; n < 5; n++) {
            wi.serve(j);
            wj.served(i);
        }
        assertThat(wi.wouldExtend(j)).isFalse();
        assertThat(wj.mayPayCoin(i)).isTrue();
        wj.coinPaid(i);
        wi.coinReceived(j);
        assertThat(wi.loss()).isEqualTo(5 - 10);
        assertThat(wi.credit(j)).isEqualTo(-5);
        assertThat(wj.credit(i)).isEqualTo(5);
        assertThat(wj.loss()).isEqualTo(5);
        assertThat(wi.serve(j)).isEqualTo(CreditOutcome.WITHIN_WINDOW);
    }

    @Test
    void a_payer_may_pay_when_the_coin_brings_its_loss_exactly_to_the_cap() throws PPayException {
        SoftCreditWindow w = new SoftCreditWindow(i, 10, 20);
        for (int n = 0; n < 6; n++) w.serve(k1);
        for (int n = 0; n < 5; n++) w.serve(k2);
        w.served(j);
        assertThat(w.loss()).isEqualTo(10);
        assertThat(w.credit(j)).isEqualTo(-1);
        assertThat(w.mayPayCoin(j)).isTrue();
        w.coinPaid(j);
        assertThat(w.loss()).isEqualTo(20);
        assertThat(w.credit(j)).isEqualTo(9);
    }

    @Test
    void a_payer_may_not_pay_when_the_coin_would_take_its_loss_over_the_cap() throws PPayException {
        SoftCreditWindow w = new SoftCreditWindow(i, 10, 20);
        for (int n = 0; n < 6; n++) w.serve(k1);
        for (int n = 0; n < 6; n++) w.serve(k2);
        w.served(j);
        assertThat(w.loss()).isEqualTo(11);
        assertThat(w.mayPayCoin(j)).isFalse();
        assertRefused(w, ErrorCode.PAYMENT_REFUSED, () -> w.coinPaid(j));
    }

    @Test
    void a_payer_that_owes_nothing_may_not_pay_because_the_balance_would_land_on_x() throws PPayException {
        SoftCreditWindow w = SoftCreditWindow.uncapped(i, 10);
        assertThat(w.credit(j)).isZero();
        assertThat(w.mayPayCoin(j)).isFalse();
        assertRefused(w, ErrorCode.PAYMENT_REFUSED, () -> w.coinPaid(j));
        w.serve(j);
        assertThat(w.mayPayCoin(j)).isFalse();
        assertRefused(w, ErrorCode.PAYMENT_REFUSED, () -> w.coinPaid(j));
    }

    @Test
    void a_payer_owing_one_picopayment_may_pay_and_lands_at_x_minus_one() throws PPayException {
        SoftCreditWindow w = SoftCreditWindow.uncapped(i, 10);
        w.served(j);
        assertThat(w.mayPayCoin(j)).isTrue();
        w.coinPaid(j);
        assertThat(w.credit(j)).isEqualTo(9);
    }

    @Test
    void a_payee_refuses_a_coin_from_a_peer_that_owes_it_nothing() throws PPayException {
        SoftCreditWindow w = SoftCreditWindow.uncapped(i, 10);
        assertRefused(w, ErrorCode.PAYMENT_REFUSED, () -> w.coinReceived(j));
        w.served(j);
        assertRefused(w, ErrorCode.PAYMENT_REFUSED, () -> w.coinReceived(j));
    }

    @Test
    void a_payee_accepts_a_coin_from_a_peer_owing_one_picopayment() throws PPayException {
        SoftCreditWindow w = SoftCreditWindow.uncapped(i, 10);
        w.serve(j);
        w.coinReceived(j);
        assertThat(w.credit(j)).isEqualTo(-9);
    }

    @Test
    void the_coin_due_at_minus_x_is_paid_when_the_cap_leaves_room_for_it() throws PPayException {
        SoftCreditWindow w = new SoftCreditWindow(i, 4, 0);
        for (int n = 0; n < 4; n++) w.served(j);
        assertThat(w.loss()).isEqualTo(-4);
        assertThat(w.mayPayCoin(j)).isTrue();
        w.coinPaid(j);
        assertThat(w.loss()).isZero();
        assertThat(w.credit(j)).isZero();
    }

    @Test
    void the_coin_due_at_minus_x_waits_while_paying_it_would_break_the_cap() throws PPayException {
        SoftCreditWindow w = new SoftCreditWindow(i, 4, 3);
        for (int n = 0; n < 4; n++) w.served(j);
        for (int n = 0; n < 4; n++) w.serve(k1);
        assertThat(w.loss()).isZero();
        assertThat(w.mayPayCoin(j)).isFalse();
        assertRefused(w, ErrorCode.PAYMENT_REFUSED, () -> w.coinPaid(j));
        w.served(k1);
        assertThat(w.mayPayCoin(j)).isTrue();
    }

    @Test
    void a_cap_of_zero_never_extends_credit() throws PPayException {
        SoftCreditWindow w = new SoftCreditWindow(i, 10, 0);
        assertThat(w.wouldExtend(j)).isFalse();
        assertRefused(w, ErrorCode.CREDIT_REFUSED, () -> w.serve(j));
    }

    @Test
    void an_infinite_cap_never_refuses_for_loss() throws PPayException {
        SoftCreditWindow w = SoftCreditWindow.uncapped(i, 1_000_000);
        for (int n = 0; n < 999_999; n++) w.serve(j);
        assertThat(w.loss()).isEqualTo(999_999);
        assertThat(w.wouldExtend(k1)).isTrue();
        w.served(k2);
        assertThat(w.mayPayCoin(k2)).isTrue();
    }
}
