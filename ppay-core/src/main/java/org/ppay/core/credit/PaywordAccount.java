package org.ppay.core.credit;

import java.util.Objects;
import org.ppay.core.crypto.Hasher;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.cost.CostAction;
import org.ppay.core.cost.CostMeter;
import org.ppay.core.cost.Task;
import org.ppay.core.crypto.Verifier;
import org.ppay.core.msg.Payword;
import org.ppay.core.msg.PaywordCommitment;

/**
 * The payee's side of one Payword hash chain (Section 5.4 "Hash Chains"): it checks the payer's signed
 * commitment once, then credits each payword by hashing it back to the last word it accepted. Because
 * the last word and the signed commitment together prove what the payer owes, hash chains carry no
 * credit risk (a broker can honour a partial chain).
 *
 * <p>Index rule: a payword is accepted if its index is greater than the last accepted one (and at most n)
 * and hashing it {@code index − last} times gives the last accepted word (w_0 = root at first). Skipping
 * ahead is allowed, as in Rivest and Shamir's Payword where w_{i+k} pays k units at once: it lets a payer
 * pay several picopayments in one message and survives a lost payword, and it is safe because only the
 * payer can compute words beyond the last one shown. Its cost is one hash per unit credited, reported to
 * the meter even when the word turns out wrong (the work was done). An index at or below the last (a
 * replay), beyond n, or of another payer is refused with BAD_PAYWORD without hashing.
 */
public final class PaywordAccount {
    private final PaywordCommitment commitment;
    /** The commitment's payer and length, held here: payees check every payword against them. */
    private final PeerId payer;
    private final int length;
    /** The last accepted word (the root at first), as four longs: compared on every payword, no array to load. */
    private long w0, w1, w2, w3;
    private int last;

    private final Hasher hasher;

    private PaywordAccount(PaywordCommitment commitment, Hasher hasher) {
        this.hasher = hasher;
        this.commitment = commitment;
        this.payer = commitment.payer();
        this.length = commitment.length();
        setLast(commitment.root());
    }

    private void setLast(byte[] w) {
        w0 = longAt(w, 0);
        w1 = longAt(w, 8);
        w2 = longAt(w, 16);
        w3 = longAt(w, 24);
    }

    private boolean isLast(byte[] w) {
        return w.length == 32 && (w0 ^ longAt(w, 0) | w1 ^ longAt(w, 8) | w2 ^ longAt(w, 16) | w3 ^ longAt(w, 24)) == 0;
    }

    private byte[] lastWord() {
        byte[] w = new byte[32];
        long[] v = {w0, w1, w2, w3};
        for (int i = 0; i < 32; i++) w[i] = (byte) (v[i / 8] >>> (56 - 8 * (i % 8)));
        return w;
    }

    private static long longAt(byte[] b, int i) {
        long v = 0;
        for (int k = 0; k < 8; k++) v = v << 8 | (b[i + k] & 0xffL);
        return v;
    }

    /**
     * Opens an account on a commitment addressed to {@code self}, checking the payer's signature (one verification).
     *
     * @throws PPayException BAD_SIGNATURE if the commitment is not signed by its payer; INVALID_ARGUMENT if
     *         it is addressed to another payee
     */
    public static PaywordAccount open(PaywordCommitment commitment, PeerId self, Verifier verifier, CostMeter meter)
            throws PPayException {
        return open(commitment, self, verifier, meter, Hasher.SHA256);
    }

    /** As {@link #open(PaywordCommitment, PeerId, Verifier, CostMeter)}, verifying words with {@code hasher}. */
    public static PaywordAccount open(PaywordCommitment commitment, PeerId self, Verifier verifier, CostMeter meter,
                                      Hasher hasher) throws PPayException {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(self, "self");
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(meter, "meter");
        if (!commitment.payee().equals(self)) {
            throw new PPayException(ErrorCode.INVALID_ARGUMENT, "commitment is addressed to " + commitment.payee() + ", not " + self);
        }
        meter.add(Task.PICOPAYMENT, CostAction.VERIFY);
        if (!verifier.verify(commitment.payer(), commitment.signedBytes(), commitment.sig())) {
            throw new PPayException(ErrorCode.BAD_SIGNATURE, "payword commitment not signed by its payer " + commitment.payer());
        }
        return new PaywordAccount(commitment, hasher);
    }

    /**
     * Credits a payword.
     *
     * @return the number of picopayments it newly proves: {@code index − last}
     * @throws PPayException BAD_PAYWORD if it is from another payer, not newer than the last accepted word,
     *         beyond the chain, or does not hash back to the last accepted word
     */
    public int accept(Payword p, CostMeter meter) throws PPayException {
        Objects.requireNonNull(p, "payword");
        Objects.requireNonNull(meter, "meter");
        if (!p.payer().equals(payer)) throw new PPayException(ErrorCode.BAD_PAYWORD, "payword from " + p.payer() + " on a chain of " + payer);
        if (p.index() <= last) throw new PPayException(ErrorCode.BAD_PAYWORD, "payword " + p.index() + " is not newer than " + last);
        if (p.index() > length) throw new PPayException(ErrorCode.BAD_PAYWORD, "payword " + p.index() + " beyond chain length " + length);
        int steps = p.index() - last;
        byte[] w = p.hashWith(hasher);
        for (int i = 1; i < steps; i++) w = hasher.hash(w);
        meter.add(Task.PICOPAYMENT, CostAction.HASH, steps);
        if (!isLast(w)) throw new PPayException(ErrorCode.BAD_PAYWORD, "payword " + p.index() + " does not hash back to word " + last);
        last = p.index();
        setLast(p.word());
        return steps;
    }

    public PaywordCommitment commitment() { return commitment; }

    public PeerId payer() { return payer; }

    /** The index of the last accepted word: picopayments proved on this chain. */
    public int accepted() { return last; }

    public int length() { return length; }

    public boolean complete() { return last == length; }

    /** The proof of what the payer owes, with {@link #commitment()}; null before the first payword. */
    public Payword lastPayword() { return last == 0 ? null : new Payword(payer, last, lastWord()); }

    @Override public String toString() { return "PaywordAccount[" + commitment.payer() + "->" + commitment.payee() + " " + last + "/" + length() + "]"; }
}
