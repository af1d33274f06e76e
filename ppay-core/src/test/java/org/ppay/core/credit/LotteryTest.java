package org.ppay.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.cost.CostAction;
import org.ppay.core.cost.CostMeter;
import org.ppay.core.cost.CountingCostMeter;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.LotteryChallenge;
import org.ppay.core.msg.LotteryReveal;
import org.ppay.core.msg.LotteryTicket;

class LotteryTest {
    private final Signer payer = Peers.signer(1);
    private final Signer payee = Peers.signer(2);
    private final Signer stranger = Peers.signer(3);
    private final byte[] x = Peers.bytes32(11);
    private final byte[] y = Peers.bytes32(22);

    private static byte[] random32(Random r) {
        byte[] b = new byte[32];
        r.nextBytes(b);
        return b;
    }

    private static void assertCode(ErrorCode code, SoftCreditWindowTest.ThrowingCall call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    /** Plays one lottery with the given secret and nonce and returns whether it won. */
    private boolean play(long serial, int odds, byte[] secret, byte[] nonce) throws PPayException {
        LotteryTicket t = Lottery.issue(payer, payee.id(), serial, odds, secret, CostMeter.NONE);
        LotteryChallenge c = Lottery.challenge(t, payee, nonce, Peers.VERIFIER, CostMeter.NONE);
        return Lottery.isWinner(t, c, Lottery.reveal(t, secret), Peers.VERIFIER, CostMeter.NONE);
    }

    @Test
    void the_win_rate_is_close_to_one_in_s_over_many_fair_draws() throws PPayException {
        Random r = new Random(20031027L);
        int s = 8, trials = 16_000, wins = 0;
        for (int i = 0; i < trials; i++) if (play(i, s, random32(r), random32(r))) wins++;
        // mean 2000, standard deviation ~42: allow 7 standard deviations
        assertThat(wins).isBetween(2000 - 300, 2000 + 300);
    }

    @Test
    void a_payee_that_always_sends_the_same_nonce_still_wins_about_one_in_s() throws PPayException {
        Random r = new Random(7L);
        byte[] fixedNonce = new byte[32];
        int s = 10, trials = 10_000, wins = 0;
        for (int i = 0; i < trials; i++) if (play(i, s, random32(r), fixedNonce)) wins++;
        // mean 1000, standard deviation 30
        assertThat(wins).isBetween(1000 - 250, 1000 + 250);
    }

    @Test
    void a_payer_that_always_uses_the_same_secret_still_loses_about_s_minus_one_in_s() throws PPayException {
        Random r = new Random(8L);
        int s = 10, trials = 10_000, wins = 0;
        for (int i = 0; i < trials; i++) if (play(i, s, x, random32(r))) wins++;
        assertThat(wins).isBetween(1000 - 250, 1000 + 250);
    }

    @Test
    void odds_of_one_always_win() throws PPayException {
        Random r = new Random(9L);
        for (int i = 0; i < 100; i++) assertThat(play(i, 1, random32(r), random32(r))).isTrue();
    }

    @Test
    void the_outcome_is_the_big_endian_prefix_of_sha256_of_x_then_y_modulo_s() throws PPayException {
        Random r = new Random(10L);
        for (int i = 0; i < 200; i++) {
            byte[] secret = random32(r), nonce = random32(r);
            int s = 1 + r.nextInt(7);
            long prefix = ByteBuffer.wrap(Hashes.sha256(secret, nonce)).getLong();
            assertThat(play(i, s, secret, nonce)).isEqualTo(Long.remainderUnsigned(prefix, s) == 0);
        }
    }

    @Test
    void issuing_challenging_and_drawing_report_their_signatures_verifications_and_hashes() throws PPayException {
        CountingCostMeter payerMeter = new CountingCostMeter(), payeeMeter = new CountingCostMeter(), judge = new CountingCostMeter();
        LotteryTicket t = Lottery.issue(payer, payee.id(), 1, 4, x, payerMeter);
        LotteryChallenge c = Lottery.challenge(t, payee, y, Peers.VERIFIER, payeeMeter);
        Lottery.isWinner(t, c, Lottery.reveal(t, x), Peers.VERIFIER, judge);
        assertThat(payerMeter.count(CostAction.HASH)).isEqualTo(1);
        assertThat(payerMeter.count(CostAction.SIGN)).isEqualTo(1);
        assertThat(payeeMeter.count(CostAction.VERIFY)).isEqualTo(1);
        assertThat(payeeMeter.count(CostAction.SIGN)).isEqualTo(1);
        assertThat(judge.count(CostAction.VERIFY)).isEqualTo(2);
        assertThat(judge.count(CostAction.HASH)).isEqualTo(2);
    }

    @Test
    void a_reveal_that_does_not_open_the_commitment_is_a_bad_reveal() throws PPayException {
        LotteryTicket t = Lottery.issue(payer, payee.id(), 5, 4, x, CostMeter.NONE);
        LotteryChallenge c = Lottery.challenge(t, payee, y, Peers.VERIFIER, CostMeter.NONE);
        byte[] wrong = x.clone();
        wrong[31] ^= 1;
        assertCode(ErrorCode.BAD_REVEAL, () -> Lottery.isWinner(t, c, new LotteryReveal(payer.id(), 5, wrong), Peers.VERIFIER, CostMeter.NONE));
        assertCode(ErrorCode.BAD_REVEAL, () -> Lottery.isWinner(t, c, new LotteryReveal(payer.id(), 6, x), Peers.VERIFIER, CostMeter.NONE));
        assertCode(ErrorCode.BAD_REVEAL, () -> Lottery.isWinner(t, c, new LotteryReveal(stranger.id(), 5, x), Peers.VERIFIER, CostMeter.NONE));
    }

    @Test
    void a_ticket_not_signed_by_its_payer_is_refused_by_the_payee_and_the_judge() throws PPayException {
        LotteryTicket genuine = Lottery.issue(payer, payee.id(), 5, 4, x, CostMeter.NONE);
        LotteryTicket forged = new LotteryTicket(payer.id(), payee.id(), 5, 4, genuine.commitment(), stranger.sign(genuine.signedBytes()));
        assertCode(ErrorCode.BAD_SIGNATURE, () -> Lottery.challenge(forged, payee, y, Peers.VERIFIER, CostMeter.NONE));
        LotteryChallenge c = new LotteryChallenge(forged, y, payee.sign(LotteryChallenge.signedBytes(forged, y)));
        assertCode(ErrorCode.BAD_SIGNATURE, () -> Lottery.isWinner(forged, c, Lottery.reveal(forged, x), Peers.VERIFIER, CostMeter.NONE));
        LotteryTicket betterOdds = new LotteryTicket(payer.id(), payee.id(), 5, 1, genuine.commitment(), genuine.sig());
        assertCode(ErrorCode.BAD_SIGNATURE, () -> Lottery.challenge(betterOdds, payee, y, Peers.VERIFIER, CostMeter.NONE));
    }

    @Test
    void a_challenge_not_signed_by_the_payee_is_refused() throws PPayException {
        LotteryTicket t = Lottery.issue(payer, payee.id(), 5, 4, x, CostMeter.NONE);
        LotteryChallenge forged = new LotteryChallenge(t, y, stranger.sign(LotteryChallenge.signedBytes(t, y)));
        assertCode(ErrorCode.BAD_SIGNATURE, () -> Lottery.isWinner(t, forged, Lottery.reveal(t, x), Peers.VERIFIER, CostMeter.NONE));
        assertCode(ErrorCode.BAD_SIGNATURE, () -> Lottery.arbitrate(t, forged, null, Peers.VERIFIER, CostMeter.NONE));
    }

    @Test
    void a_challenge_answering_another_ticket_is_an_invalid_argument() throws PPayException {
        LotteryTicket t = Lottery.issue(payer, payee.id(), 5, 4, x, CostMeter.NONE);
        LotteryTicket other = Lottery.issue(payer, payee.id(), 6, 4, x, CostMeter.NONE);
        LotteryChallenge c = Lottery.challenge(other, payee, y, Peers.VERIFIER, CostMeter.NONE);
        assertCode(ErrorCode.INVALID_ARGUMENT, () -> Lottery.isWinner(t, c, Lottery.reveal(t, x), Peers.VERIFIER, CostMeter.NONE));
    }

    @Test
    void only_the_addressed_payee_may_challenge_a_ticket() throws PPayException {
        LotteryTicket t = Lottery.issue(payer, payee.id(), 5, 4, x, CostMeter.NONE);
        assertCode(ErrorCode.INVALID_ARGUMENT, () -> Lottery.challenge(t, stranger, y, Peers.VERIFIER, CostMeter.NONE));
    }

    @Test
    void tickets_need_odds_of_at_least_one_a_32_byte_secret_and_another_payee() {
        assertCode(ErrorCode.INVALID_ARGUMENT, () -> Lottery.issue(payer, payee.id(), 1, 0, x, CostMeter.NONE));
        assertCode(ErrorCode.INVALID_ARGUMENT, () -> Lottery.issue(payer, payee.id(), 1, 4, new byte[16], CostMeter.NONE));
        assertCode(ErrorCode.INVALID_ARGUMENT, () -> Lottery.issue(payer, payer.id(), 1, 4, x, CostMeter.NONE));
    }

    @Test
    void a_payer_that_withholds_or_garbles_its_reveal_is_ruled_to_have_lost_the_coin() throws PPayException {
        LotteryTicket t = Lottery.issue(payer, payee.id(), 5, 1_000_000, x, CostMeter.NONE);
        LotteryChallenge c = Lottery.challenge(t, payee, y, Peers.VERIFIER, CostMeter.NONE);
        assertThat(Lottery.arbitrate(t, c, null, Peers.VERIFIER, CostMeter.NONE)).isEqualTo(Lottery.Ruling.WIN_BY_DEFAULT);
        LotteryReveal garbled = new LotteryReveal(payer.id(), 5, Peers.bytes32(99));
        assertThat(Lottery.arbitrate(t, c, garbled, Peers.VERIFIER, CostMeter.NONE)).isEqualTo(Lottery.Ruling.WIN_BY_DEFAULT);
    }

    @Test
    void a_revealed_ticket_is_ruled_by_the_draw() throws PPayException {
        Random r = new Random(11L);
        int wins = 0, losses = 0;
        for (int i = 0; i < 200; i++) {
            byte[] secret = random32(r);
            LotteryTicket t = Lottery.issue(payer, payee.id(), i, 3, secret, CostMeter.NONE);
            LotteryChallenge c = Lottery.challenge(t, payee, random32(r), Peers.VERIFIER, CostMeter.NONE);
            LotteryReveal v = Lottery.reveal(t, secret);
            Lottery.Ruling ruling = Lottery.arbitrate(t, c, v, Peers.VERIFIER, CostMeter.NONE);
            boolean won = Lottery.isWinner(t, c, v, Peers.VERIFIER, CostMeter.NONE);
            assertThat(ruling).isEqualTo(won ? Lottery.Ruling.WIN : Lottery.Ruling.LOSE);
            if (won) wins++; else losses++;
        }
        assertThat(wins).isPositive();
        assertThat(losses).isPositive();
    }

    @Test
    void a_payee_that_signs_a_second_nonce_after_learning_x_is_caught() throws PPayException {
        LotteryTicket t = Lottery.issue(payer, payee.id(), 5, 4, x, CostMeter.NONE);
        LotteryChallenge answered = Lottery.challenge(t, payee, y, Peers.VERIFIER, CostMeter.NONE);
        LotteryChallenge presented = Lottery.challenge(t, payee, Peers.bytes32(23), Peers.VERIFIER, CostMeter.NONE);
        CountingCostMeter meter = new CountingCostMeter();
        assertThat(Lottery.provesEquivocation(answered, presented, Peers.VERIFIER, meter)).isTrue();
        assertThat(meter.count(CostAction.VERIFY)).isEqualTo(2);
        assertThat(Lottery.provesEquivocation(answered, answered, Peers.VERIFIER, CostMeter.NONE)).isFalse();
        LotteryChallenge framed = new LotteryChallenge(t, Peers.bytes32(24), payer.sign(LotteryChallenge.signedBytes(t, Peers.bytes32(24))));
        assertThat(Lottery.provesEquivocation(answered, framed, Peers.VERIFIER, CostMeter.NONE)).isFalse();
    }
}
