package org.ppay.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;

class SoftCreditWindowTest {
    private final PeerId p = Peers.id(1);
    private final PeerId q = Peers.id(2);
    private final PeerId r = Peers.id(3);

    private static Traffic.State state(SoftCreditWindow w) { return Traffic.State.of(w); }

    @Test
    void a_fresh_window_owes_nothing_and_risks_nothing() throws PPayException {
        SoftCreditWindow w = SoftCreditWindow.uncapped(p, 10);
        assertThat(w.credit(q)).isZero();
        assertThat(w.loss()).isZero();
        assertThat(w.balances()).isEmpty();
        assertThat(w.netLossCap()).isEqualTo(SoftCreditWindow.NO_CAP);
        assertThat(w.wouldExtend(q)).isTrue();
    }

    @Test
    void serving_builds_credit_and_asks_for_a_coin_when_the_balance_reaches_x() throws PPayException {
        SoftCreditWindow w = SoftCreditWindow.uncapped(p, 3);
        assertThat(w.serve(q)).isEqualTo(CreditOutcome.WITHIN_WINDOW);
        assertThat(w.serve(q)).isEqualTo(CreditOutcome.WITHIN_WINDOW);
        assertThat(w.serve(q)).isEqualTo(CreditOutcome.COIN_DUE_FROM_PEER);
        assertThat(w.credit(q)).isEqualTo(3);
        assertThat(w.loss()).isEqualTo(3);
        assertThat(w.wouldExtend(q)).isFalse();
    }

    @Test
    void no_more_credit_is_extended_while_a_coin_is_due_and_the_refusal_changes_nothing() throws PPayException {
        SoftCreditWindow w = SoftCreditWindow.uncapped(p, 3);
        for (int i = 0; i < 3; i++) w.serve(q);
        Traffic.State before = state(w);
        assertThatThrownBy(() -> w.serve(q)).isInstanceOfSatisfying(PPayException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CREDIT_REFUSED));
        assertThat(state(w)).isEqualTo(before);
        assertThat(w.serve(r)).isEqualTo(CreditOutcome.WITHIN_WINDOW);
    }

    @Test
    void a_coin_subtracts_x_which_resets_a_full_window_to_zero() throws PPayException {
        SoftCreditWindow w = SoftCreditWindow.uncapped(p, 3);
        for (int i = 0; i < 3; i++) w.serve(q);
        w.coinReceived(q);
        assertThat(w.credit(q)).isZero();
        assertThat(w.loss()).isZero();
        assertThat(w.balances()).isEmpty();
        assertThat(w.wouldExtend(q)).isTrue();
    }

    @Test
    void a_coin_paid_inside_the_window_is_subtracted_not_reset() throws PPayException {
        SoftCreditWindow w = SoftCreditWindow.uncapped(p, 10);
        for (int i = 0; i < 4; i++) w.serve(q);
        w.coinReceived(q);
        assertThat(w.credit(q)).isEqualTo(4 - 10);
        assertThat(w.loss()).isEqualTo(-6);
    }

    @Test
    void being_served_down_to_minus_x_makes_a_coin_due_to_the_peer() throws PPayException {
        SoftCreditWindow w = SoftCreditWindow.uncapped(p, 2);
        assertThat(w.served(q)).isEqualTo(CreditOutcome.WITHIN_WINDOW);
        assertThat(w.served(q)).isEqualTo(CreditOutcome.COIN_DUE_TO_PEER);
        assertThat(w.credit(q)).isEqualTo(-2);
        assertThat(w.creditRoomAt(q)).isZero();
        Traffic.State before = state(w);
        assertThatThrownBy(() -> w.served(q)).isInstanceOfSatisfying(PPayException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CREDIT_REFUSED));
        assertThat(state(w)).isEqualTo(before);
        assertThat(w.mayPayCoin(q)).isTrue();
        w.coinPaid(q);
        assertThat(w.credit(q)).isZero();
        assertThat(w.creditRoomAt(q)).isEqualTo(2);
    }

    @Test
    void strictly_alternating_traffic_never_needs_a_coin() throws PPayException {
        Traffic t = new Traffic(2, 2, SoftCreditWindow.NO_CAP);
        PeerId a = t.peers.get(0), b = t.peers.get(1);
        for (int i = 0; i < 10_000; i++) {
            assertThat(t.serve(a, b)).isTrue();
            assertThat(t.serve(b, a)).isTrue();
        }
        assertThat(t.coins).isZero();
        assertThat(t.at(a).credit(b)).isZero();
    }

    @Test
    void one_way_traffic_needs_one_coin_every_x_services() throws PPayException {
        Traffic t = new Traffic(2, 10, SoftCreditWindow.NO_CAP);
        PeerId a = t.peers.get(0), b = t.peers.get(1);
        for (int i = 0; i < 95; i++) assertThat(t.serve(a, b)).isTrue();
        assertThat(t.coins).isEqualTo(9);
        assertThat(t.at(a).credit(b)).isEqualTo(5);
        assertThat(t.at(b).credit(a)).isEqualTo(-5);
    }

    @Test
    void serve_q_by_p_n_times_reads_as_credit_p_q_equal_to_n_modulo_coins() throws PPayException {
        // scenario language: "serve P Q 7" with x = 5, coins paid when due, then "expect credit P Q 2"
        Traffic t = new Traffic(2, 5, SoftCreditWindow.NO_CAP);
        PeerId pp = t.peers.get(0), qq = t.peers.get(1);
        for (int i = 0; i < 7; i++) t.serve(pp, qq);
        assertThat(t.at(pp).credit(qq)).isEqualTo(2);
        assertThat(t.at(qq).credit(pp)).isEqualTo(-2);
    }

    @Test
    void a_lazy_peer_is_served_until_the_window_is_full_and_never_again() throws PPayException {
        Traffic t = new Traffic(2, 4, SoftCreditWindow.NO_CAP);
        PeerId honest = t.peers.get(0), lazy = t.peers.get(1);
        t.lazy.add(lazy);
        int served = 0;
        for (int i = 0; i < 20; i++) {
            if (t.at(lazy).creditRoomAt(honest) > 0 && t.serve(honest, lazy)) served++;
        }
        assertThat(served).isEqualTo(4);
        assertThat(t.at(honest).credit(lazy)).isEqualTo(4);
        assertThat(t.at(honest).wouldExtend(lazy)).isFalse();
        assertThat(t.coins).isZero();
    }

    @Test
    void a_peer_keeps_no_window_with_itself() throws PPayException {
        SoftCreditWindow w = SoftCreditWindow.uncapped(p, 3);
        for (ThrowingCall call : new ThrowingCall[] {() -> w.serve(p), () -> w.served(p), () -> w.coinPaid(p), () -> w.coinReceived(p)}) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(PPayException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
        }
        assertThat(w.mayPayCoin(p)).isFalse();
        assertThat(w.loss()).isZero();
    }

    @Test
    void windows_and_caps_out_of_their_domain_are_invalid_arguments() {
        assertThatThrownBy(() -> new SoftCreditWindow(p, 0, 10)).isInstanceOfSatisfying(PPayException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
        assertThatThrownBy(() -> new SoftCreditWindow(p, 5, -1)).isInstanceOfSatisfying(PPayException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
    }

    @Test
    void a_window_of_one_asks_for_a_coin_on_every_service() throws PPayException {
        Traffic t = new Traffic(2, 1, SoftCreditWindow.NO_CAP);
        PeerId a = t.peers.get(0), b = t.peers.get(1);
        for (int i = 0; i < 7; i++) t.serve(a, b);
        assertThat(t.coins).isEqualTo(7);
        assertThat(t.at(a).credit(b)).isZero();
    }

    @Test
    void loss_is_the_sum_of_all_balances() throws PPayException {
        SoftCreditWindow w = SoftCreditWindow.uncapped(p, 10);
        for (int i = 0; i < 4; i++) w.serve(q);
        for (int i = 0; i < 6; i++) w.served(r);
        assertThat(w.loss()).isEqualTo(4 - 6);
        assertThat(w.balances()).containsEntry(q, 4L).containsEntry(r, -6L).hasSize(2);
    }

    interface ThrowingCall { void run() throws Exception; }
}
