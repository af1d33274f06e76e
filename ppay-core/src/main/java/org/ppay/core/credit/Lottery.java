package org.ppay.core.credit;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.cost.CostAction;
import org.ppay.core.cost.CostMeter;
import org.ppay.core.cost.Task;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.core.crypto.Verifier;
import org.ppay.core.msg.LotteryChallenge;
import org.ppay.core.msg.LotteryReveal;
import org.ppay.core.msg.LotteryTicket;

/**
 * Electronic lottery tickets (Rivest, cited as [11] in Section 2): a payment worth one coin with
 * probability 1/s, i.e. worth 1/s coin in expectation, drawn by a commit–reveal coin flip that neither
 * party can bias alone.
 *
 * <ol>
 *   <li>The payer picks a secret x (32 bytes, passed in) and signs a {@link LotteryTicket} committing to H(x).</li>
 *   <li>The payee, having seen only H(x), picks a nonce y (passed in) and signs a {@link LotteryChallenge}.</li>
 *   <li>The payer reveals x ({@link LotteryReveal}). The ticket wins iff the first 8 bytes of
 *       SHA-256(x || y), read as an unsigned big-endian integer, are ≡ 0 mod s.</li>
 * </ol>
 *
 * <p>Why no single party can bias it: the payer fixed x before it saw y and cannot open H(x) to another
 * value (collision resistance), so its only lever is to withhold the reveal, which the broker rules a win
 * ({@link #arbitrate}); the payee chose y knowing only H(x), which hides a random x (preimage resistance),
 * so every y wins with probability 1/s; once x is revealed the payee could search for a winning y', but
 * its challenge is signed, and a second signed challenge for the same ticket proves it equivocated
 * ({@link #provesEquivocation}). The modulo bias of 2^64 mod s is below 2^−32 for any int s.
 *
 * <p>Pure functions; every signature, verification and hash is reported to the meter passed in.
 */
public final class Lottery {
    private Lottery() {}

    /** The broker's ruling on a presented ticket. */
    public enum Ruling {
        /** The revealed secret and the nonce make the ticket win. */
        WIN,
        /** The revealed secret and the nonce make the ticket lose. */
        LOSE,
        /** The payer did not (or could not) open its commitment: ruled a win, so withholding never pays. */
        WIN_BY_DEFAULT
    }

    /**
     * The payer's ticket: commitment H(x) (one hash) signed by the payer (one signature).
     *
     * @param odds    s ≥ 1: the ticket wins with probability 1/s
     * @param secret32 x: 32 fresh secret bytes; the payer keeps them until the reveal
     * @throws PPayException INVALID_ARGUMENT for bad odds, a bad secret, or a payee equal to the payer
     */
    public static LotteryTicket issue(Signer payer, PeerId payee, long serial, int odds, byte[] secret32, CostMeter meter)
            throws PPayException {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(meter, "meter");
        if (odds < 1) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "odds s must be >= 1, got " + odds);
        if (secret32 == null || secret32.length != 32) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "a lottery secret is 32 bytes");
        if (payee.equals(payer.id())) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "a peer does not pay itself");
        byte[] commitment = Hashes.sha256(secret32);
        meter.add(Task.PICOPAYMENT, CostAction.HASH);
        byte[] signed = LotteryTicket.signedBytes(payer.id(), payee, serial, odds, commitment);
        LotteryTicket t = new LotteryTicket(payer.id(), payee, serial, odds, commitment, payer.sign(signed));
        meter.add(Task.PICOPAYMENT, CostAction.SIGN);
        return t;
    }

    /**
     * The payee's challenge: it checks the ticket is addressed to it and signed by its payer (one
     * verification), then signs its nonce y (one signature).
     *
     * @throws PPayException BAD_SIGNATURE for a forged ticket; INVALID_ARGUMENT if the ticket names another
     *         payee or the nonce is not 32 bytes
     */
    public static LotteryChallenge challenge(LotteryTicket ticket, Signer payee, byte[] nonce32, Verifier verifier, CostMeter meter)
            throws PPayException {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(payee, "payee");
        if (!ticket.payee().equals(payee.id())) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "ticket is addressed to " + ticket.payee() + ", not " + payee.id());
        if (nonce32 == null || nonce32.length != 32) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "a lottery nonce is 32 bytes");
        verifyTicket(ticket, verifier, meter);
        LotteryChallenge c = new LotteryChallenge(ticket, nonce32, payee.sign(LotteryChallenge.signedBytes(ticket, nonce32)));
        meter.add(Task.PICOPAYMENT, CostAction.SIGN);
        return c;
    }

    /** The payer's opening of its commitment; no cryptography, the payer simply sends x. */
    public static LotteryReveal reveal(LotteryTicket ticket, byte[] secret32) throws PPayException {
        Objects.requireNonNull(ticket, "ticket");
        if (secret32 == null || secret32.length != 32) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "a lottery secret is 32 bytes");
        return new LotteryReveal(ticket.payer(), ticket.serial(), secret32);
    }

    /**
     * Draws the ticket: checks the payer's signature on the ticket and the payee's on the challenge (two
     * verifications), that the reveal opens the commitment, then computes the outcome (two hashes).
     *
     * @return true iff unsigned-big-endian(SHA-256(x || y)[0..8]) mod s == 0
     * @throws PPayException INVALID_ARGUMENT if the challenge is for another ticket; BAD_SIGNATURE for a bad
     *         ticket or challenge signature; BAD_REVEAL if the reveal names another payer or serial, or H(x)
     *         differs from the commitment
     */
    public static boolean isWinner(LotteryTicket ticket, LotteryChallenge challenge, LotteryReveal reveal, Verifier verifier, CostMeter meter)
            throws PPayException {
        Objects.requireNonNull(reveal, "reveal");
        checkEvidence(ticket, challenge, verifier, meter);
        checkReveal(ticket, reveal, meter);
        return draw(reveal.secret(), challenge.nonce(), ticket.odds(), meter);
    }

    /**
     * The broker's rule for a ticket the payee presents with its signed challenge. If the payer's reveal
     * (asked for by the broker if the payee has none) is missing or does not open the commitment, the payer
     * has withheld the outcome, and the ticket is ruled {@link Ruling#WIN_BY_DEFAULT}: a payer that could
     * avoid losing tickets by not revealing would bias the lottery, so withholding must cost it the coin.
     * Otherwise the draw decides. The payer's defence against a payee that swapped its nonce after
     * learning x is {@link #provesEquivocation}, checked before this rule.
     *
     * @param revealOrNull the payer's reveal, or null if it refused to give one
     * @throws PPayException INVALID_ARGUMENT or BAD_SIGNATURE if the payee's evidence does not hold: then
     *         there is no claim at all
     */
    public static Ruling arbitrate(LotteryTicket ticket, LotteryChallenge challenge, LotteryReveal revealOrNull,
                                   Verifier verifier, CostMeter meter) throws PPayException {
        checkEvidence(ticket, challenge, verifier, meter);
        if (revealOrNull == null) return Ruling.WIN_BY_DEFAULT;
        try {
            checkReveal(ticket, revealOrNull, meter);
        } catch (PPayException badReveal) {
            return Ruling.WIN_BY_DEFAULT;
        }
        return draw(revealOrNull.secret(), challenge.nonce(), ticket.odds(), meter) ? Ruling.WIN : Ruling.LOSE;
    }

    /**
     * True iff {@code a} and {@code b} are two valid payee signatures on different nonces for the same
     * ticket: the payee answered one nonce to the payer and presents another, chosen after it learnt x.
     * The payer keeps the challenge it answered for this (two verifications).
     */
    public static boolean provesEquivocation(LotteryChallenge a, LotteryChallenge b, Verifier verifier, CostMeter meter) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (!a.ticket().equals(b.ticket()) || Arrays.equals(a.nonce(), b.nonce())) return false;
        PeerId payee = a.ticket().payee();
        meter.add(Task.PICOPAYMENT, CostAction.VERIFY, 2);
        return verifier.verify(payee, a.signedBytes(), a.sig()) && verifier.verify(payee, b.signedBytes(), b.sig());
    }

    /** The draw itself (one hash): unsigned-big-endian(SHA-256(x || y)[0..8]) mod s == 0. */
    static boolean draw(byte[] secret, byte[] nonce, int odds, CostMeter meter) {
        byte[] h = Hashes.sha256(secret, nonce);
        meter.add(Task.PICOPAYMENT, CostAction.HASH);
        long prefix = ByteBuffer.wrap(h, 0, 8).getLong();
        return Long.remainderUnsigned(prefix, odds) == 0;
    }

    private static void verifyTicket(LotteryTicket ticket, Verifier verifier, CostMeter meter) throws PPayException {
        meter.add(Task.PICOPAYMENT, CostAction.VERIFY);
        if (!verifier.verify(ticket.payer(), ticket.signedBytes(), ticket.sig())) {
            throw new PPayException(ErrorCode.BAD_SIGNATURE, "lottery ticket " + ticket.serial() + " not signed by its payer " + ticket.payer());
        }
    }

    private static void checkEvidence(LotteryTicket ticket, LotteryChallenge challenge, Verifier verifier, CostMeter meter) throws PPayException {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(meter, "meter");
        if (!challenge.ticket().equals(ticket)) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "challenge answers another ticket");
        verifyTicket(ticket, verifier, meter);
        meter.add(Task.PICOPAYMENT, CostAction.VERIFY);
        if (!verifier.verify(ticket.payee(), challenge.signedBytes(), challenge.sig())) {
            throw new PPayException(ErrorCode.BAD_SIGNATURE, "lottery challenge not signed by the payee " + ticket.payee());
        }
    }

    private static void checkReveal(LotteryTicket ticket, LotteryReveal reveal, CostMeter meter) throws PPayException {
        if (!reveal.payer().equals(ticket.payer()) || reveal.serial() != ticket.serial()) {
            throw new PPayException(ErrorCode.BAD_REVEAL, "reveal is for ticket " + reveal.serial() + " of " + reveal.payer());
        }
        byte[] h = Hashes.sha256(reveal.secret());
        meter.add(Task.PICOPAYMENT, CostAction.HASH);
        if (!MessageDigest.isEqual(h, ticket.commitment())) throw new PPayException(ErrorCode.BAD_REVEAL, "H(x) does not match the ticket's commitment");
    }
}
