package org.ppay.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.cost.CostAction;
import org.ppay.core.cost.CostMeter;
import org.ppay.core.cost.CountingCostMeter;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.Payword;
import org.ppay.core.msg.PaywordCommitment;

class PaywordWindowTest {
    private final Signer payer = Peers.signer(1);
    private final Signer payee = Peers.signer(2);
    private final Signer stranger = Peers.signer(3);
    private final byte[] seed = Peers.bytes32(77);

    private PaywordChain chain(int n) throws PPayException {
        return PaywordChain.create(payer, payee.id(), seed, n, 1_000L, CostMeter.NONE);
    }

    private PaywordAccount account(PaywordChain c) throws PPayException {
        return PaywordAccount.open(c.commitment(), payee.id(), Peers.VERIFIER, CostMeter.NONE);
    }

    private static void assertRefused(PaywordAccount a, ErrorCode code, SoftCreditWindowTest.ThrowingCall call) {
        int before = a.accepted();
        Payword last = a.lastPayword();
        assertThatThrownBy(call::run).isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(code));
        assertThat(a.accepted()).isEqualTo(before);
        assertThat(a.lastPayword()).isEqualTo(last);
    }

    @Test
    void a_chain_hashes_down_from_its_seed_to_a_signed_root() throws PPayException {
        CountingCostMeter meter = new CountingCostMeter();
        PaywordChain c = PaywordChain.create(payer, payee.id(), seed, 5, 1_000L, meter);
        byte[] w = Hashes.sha256(seed);
        for (int i = 0; i < 5; i++) w = Hashes.sha256(w);
        assertThat(c.commitment().root()).isEqualTo(w);
        assertThat(c.commitment().length()).isEqualTo(5);
        assertThat(Peers.VERIFIER.verify(payer.id(), c.commitment().signedBytes(), c.commitment().sig())).isTrue();
        assertThat(meter.count(CostAction.HASH)).isEqualTo(6);
        assertThat(meter.count(CostAction.SIGN)).isEqualTo(1);
    }

    @Test
    void the_payee_accepts_each_next_word_for_one_hash() throws PPayException {
        PaywordChain c = chain(4);
        CountingCostMeter meter = new CountingCostMeter();
        PaywordAccount a = PaywordAccount.open(c.commitment(), payee.id(), Peers.VERIFIER, meter);
        assertThat(meter.count(CostAction.VERIFY)).isEqualTo(1);
        for (int i = 1; i <= 4; i++) {
            Payword p = c.next();
            assertThat(p.index()).isEqualTo(i);
            assertThat(a.accept(p, meter)).isEqualTo(1);
            assertThat(a.accepted()).isEqualTo(i);
        }
        assertThat(meter.count(CostAction.HASH)).isEqualTo(4);
        assertThat(a.complete()).isTrue();
        assertThat(c.exhausted()).isTrue();
        assertThatThrownBy(c::next).isInstanceOfSatisfying(PPayException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.PAYMENT_REFUSED));
    }

    @Test
    void a_later_word_pays_every_skipped_picopayment_at_one_hash_each() throws PPayException {
        PaywordChain c = chain(10);
        PaywordAccount a = account(c);
        a.accept(c.next(), CostMeter.NONE);
        Payword w4 = null;
        for (int i = 2; i <= 4; i++) w4 = c.next();
        CountingCostMeter meter = new CountingCostMeter();
        assertThat(a.accept(w4, meter)).isEqualTo(3);
        assertThat(meter.count(CostAction.HASH)).isEqualTo(3);
        assertThat(a.accepted()).isEqualTo(4);
        assertThat(a.lastPayword()).isEqualTo(w4);
    }

    @Test
    void a_replayed_or_older_word_is_refused_without_hashing() throws PPayException {
        PaywordChain c = chain(5);
        PaywordAccount a = account(c);
        Payword w1 = c.next(), w2 = c.next();
        a.accept(w1, CostMeter.NONE);
        a.accept(w2, CostMeter.NONE);
        CountingCostMeter meter = new CountingCostMeter();
        assertRefused(a, ErrorCode.BAD_PAYWORD, () -> a.accept(w2, meter));
        assertRefused(a, ErrorCode.BAD_PAYWORD, () -> a.accept(w1, meter));
        assertThat(meter.count(CostAction.HASH)).isZero();
    }

    @Test
    void a_word_beyond_the_chain_is_refused() throws PPayException {
        PaywordChain c = chain(3);
        PaywordAccount a = account(c);
        assertRefused(a, ErrorCode.BAD_PAYWORD, () -> a.accept(new Payword(payer.id(), 4, Peers.bytes32(4)), CostMeter.NONE));
    }

    @Test
    void a_wrong_word_at_the_right_index_is_refused() throws PPayException {
        PaywordChain c = chain(3);
        PaywordAccount a = account(c);
        a.accept(c.next(), CostMeter.NONE);
        Payword genuine = c.next();
        byte[] bad = genuine.word();
        bad[0] ^= 1;
        assertRefused(a, ErrorCode.BAD_PAYWORD, () -> a.accept(new Payword(payer.id(), 2, bad), CostMeter.NONE));
        assertRefused(a, ErrorCode.BAD_PAYWORD, () -> a.accept(new Payword(payer.id(), 3, genuine.word()), CostMeter.NONE));
        assertThat(a.accept(genuine, CostMeter.NONE)).isEqualTo(1);
    }

    @Test
    void a_word_claimed_for_another_payer_is_refused() throws PPayException {
        PaywordChain c = chain(3);
        PaywordAccount a = account(c);
        Payword w1 = c.next();
        assertRefused(a, ErrorCode.BAD_PAYWORD, () -> a.accept(new Payword(stranger.id(), 1, w1.word()), CostMeter.NONE));
    }

    @Test
    void a_commitment_signed_by_someone_else_is_refused() throws PPayException {
        PaywordCommitment genuine = chain(3).commitment();
        Sig strangers = stranger.sign(genuine.signedBytes());
        PaywordCommitment forged = new PaywordCommitment(genuine.payer(), genuine.payee(), genuine.root(), 3, genuine.ts(), strangers);
        assertThatThrownBy(() -> PaywordAccount.open(forged, payee.id(), Peers.VERIFIER, CostMeter.NONE))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_SIGNATURE));
    }

    @Test
    void a_commitment_with_a_swapped_root_or_length_is_refused() throws PPayException {
        PaywordCommitment genuine = chain(3).commitment();
        PaywordCommitment otherRoot = new PaywordCommitment(genuine.payer(), genuine.payee(), Peers.bytes32(9), 3, genuine.ts(), genuine.sig());
        PaywordCommitment longer = new PaywordCommitment(genuine.payer(), genuine.payee(), genuine.root(), 300, genuine.ts(), genuine.sig());
        for (PaywordCommitment forged : new PaywordCommitment[] {otherRoot, longer}) {
            assertThatThrownBy(() -> PaywordAccount.open(forged, payee.id(), Peers.VERIFIER, CostMeter.NONE))
                .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_SIGNATURE));
        }
    }

    @Test
    void a_commitment_addressed_to_another_payee_is_refused() throws PPayException {
        PaywordCommitment c = chain(3).commitment();
        assertThatThrownBy(() -> PaywordAccount.open(c, stranger.id(), Peers.VERIFIER, CostMeter.NONE))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
    }

    @Test
    void chains_need_a_32_byte_seed_a_valid_length_and_another_payee() {
        for (SoftCreditWindowTest.ThrowingCall call : new SoftCreditWindowTest.ThrowingCall[] {
                () -> PaywordChain.create(payer, payee.id(), new byte[31], 3, 0, CostMeter.NONE),
                () -> PaywordChain.create(payer, payee.id(), seed, 0, 0, CostMeter.NONE),
                () -> PaywordChain.create(payer, payee.id(), seed, 65536, 0, CostMeter.NONE),
                () -> PaywordChain.create(payer, payer.id(), seed, 3, 0, CostMeter.NONE)}) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(PPayException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
        }
    }

    @Test
    void after_x_paywords_a_coin_is_due_and_the_chain_restarts_with_a_new_commitment() throws PPayException {
        PaywordWindow from = new PaywordWindow(payer, Peers.VERIFIER, 3);
        PaywordWindow to = new PaywordWindow(payee, Peers.VERIFIER, 3);
        PeerId q = payee.id(), p = payer.id();
        assertThat(from.needsCommitment(q)).isTrue();
        assertThatThrownBy(() -> from.pay(q)).isInstanceOfSatisfying(PPayException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.PAYMENT_REFUSED));
        to.open(from.commit(q, Peers.bytes32(100), 1L, CostMeter.NONE), CostMeter.NONE);
        assertThat(to.receive(from.pay(q), CostMeter.NONE)).isEqualTo(CreditOutcome.WITHIN_WINDOW);
        assertThat(to.receive(from.pay(q), CostMeter.NONE)).isEqualTo(CreditOutcome.WITHIN_WINDOW);
        assertThat(to.receive(from.pay(q), CostMeter.NONE)).isEqualTo(CreditOutcome.COIN_DUE_FROM_PEER);
        assertThat(from.debt(q)).isEqualTo(3);
        assertThat(to.credit(p)).isEqualTo(3);
        assertThat(from.coinDueTo(q)).isTrue();
        assertThatThrownBy(() -> from.pay(q)).isInstanceOfSatisfying(PPayException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.PAYMENT_REFUSED));
        assertThatThrownBy(() -> from.commit(q, Peers.bytes32(101), 2L, CostMeter.NONE)).isInstanceOfSatisfying(PPayException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.PAYMENT_REFUSED));
        PaywordCommitment early = PaywordChain.create(payer, q, Peers.bytes32(102), 3, 2L, CostMeter.NONE).commitment();
        assertThatThrownBy(() -> to.open(early, CostMeter.NONE)).isInstanceOfSatisfying(PPayException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.PAYMENT_REFUSED));
        assertThat(to.account(p).lastPayword().index()).isEqualTo(3);

        from.coinPaid(q);
        to.coinReceived(p);
        assertThat(from.needsCommitment(q)).isTrue();
        assertThat(from.debt(q)).isZero();
        assertThat(to.credit(p)).isZero();
        to.open(from.commit(q, Peers.bytes32(103), 3L, CostMeter.NONE), CostMeter.NONE);
        assertThat(to.receive(from.pay(q), CostMeter.NONE)).isEqualTo(CreditOutcome.WITHIN_WINDOW);
        assertThat(to.credit(p)).isEqualTo(1);
    }

    @Test
    void a_coin_is_neither_paid_nor_taken_before_the_chain_is_spent() throws PPayException {
        PaywordWindow from = new PaywordWindow(payer, Peers.VERIFIER, 3);
        PaywordWindow to = new PaywordWindow(payee, Peers.VERIFIER, 3);
        to.open(from.commit(payee.id(), Peers.bytes32(100), 1L, CostMeter.NONE), CostMeter.NONE);
        to.receive(from.pay(payee.id()), CostMeter.NONE);
        assertThatThrownBy(() -> from.coinPaid(payee.id())).isInstanceOfSatisfying(PPayException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.PAYMENT_REFUSED));
        assertThatThrownBy(() -> to.coinReceived(payer.id())).isInstanceOfSatisfying(PPayException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.PAYMENT_REFUSED));
        assertThat(from.debt(payee.id())).isEqualTo(1);
        assertThat(to.credit(payer.id())).isEqualTo(1);
    }

    @Test
    void a_window_takes_only_chains_of_its_own_size_and_words_of_open_chains() throws PPayException {
        PaywordWindow to = new PaywordWindow(payee, Peers.VERIFIER, 3);
        PaywordChain c = PaywordChain.create(payer, payee.id(), seed, 4, 0L, CostMeter.NONE);
        assertThatThrownBy(() -> to.open(c.commitment(), CostMeter.NONE)).isInstanceOfSatisfying(PPayException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
        assertThatThrownBy(() -> to.receive(c.next(), CostMeter.NONE)).isInstanceOfSatisfying(PPayException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_PAYWORD));
        assertThat(to.credit(payer.id())).isZero();
    }

    @Test
    void paywords_flow_one_way_so_balanced_traffic_still_costs_coins() throws PPayException {
        int x = 10, rounds = 1_000;
        PaywordWindow a = new PaywordWindow(payer, Peers.VERIFIER, x);
        PaywordWindow b = new PaywordWindow(payee, Peers.VERIFIER, x);
        int[] coins = {0};
        int[] seeds = {1000};
        for (int i = 0; i < rounds; i++) {
            picopayment(a, b, coins, seeds);
            picopayment(b, a, coins, seeds);
        }
        assertThat(coins[0]).isEqualTo(2 * rounds / x);

        Traffic soft = new Traffic(2, x, SoftCreditWindow.NO_CAP);
        for (int i = 0; i < rounds; i++) {
            soft.serve(soft.peers.get(0), soft.peers.get(1));
            soft.serve(soft.peers.get(1), soft.peers.get(0));
        }
        assertThat(soft.coins).isZero();
    }

    /** Payer window pays payee window one picopayment, opening chains and settling coins as honest peers do. */
    private static void picopayment(PaywordWindow payerSide, PaywordWindow payeeSide, int[] coins, int[] seeds) throws PPayException {
        PeerId to = payeeSide.self();
        if (payerSide.needsCommitment(to)) payeeSide.open(payerSide.commit(to, Peers.bytes32(seeds[0]++), seeds[0], CostMeter.NONE), CostMeter.NONE);
        if (payeeSide.receive(payerSide.pay(to), CostMeter.NONE) == CreditOutcome.COIN_DUE_FROM_PEER) {
            payerSide.coinPaid(to);
            payeeSide.coinReceived(payerSide.self());
            coins[0]++;
        }
    }
}
