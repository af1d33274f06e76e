package org.ppay.core.credit;

import java.util.Objects;
import org.ppay.core.crypto.Hasher;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.cost.CostAction;
import org.ppay.core.cost.CostMeter;
import org.ppay.core.cost.Task;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.Payword;
import org.ppay.core.msg.PaywordCommitment;

/**
 * The payer's side of one Payword hash chain (Rivest and Shamir, paper Section 5.4 "Hash Chains"):
 * w_n = H(seed), w_{i−1} = H(w_i), root w_0, committed to one payee by a signed {@link PaywordCommitment}.
 * Each picopayment releases the next word; word w_i proves i picopayments, and only the payer, who knows
 * the seed, can produce words the payee has not yet seen. The seed is passed in (the core has no
 * randomness of its own) and must be fresh for every chain. The whole chain is kept, 32 bytes a word,
 * the state overhead the paper weighs against soft credit windows.
 */
public final class PaywordChain {
    private final PaywordCommitment commitment;
    /** w_i at [32 i, 32 i + 32) for i = 0..n: one array, not one per word (open chains are many). */
    private final byte[] words;
    private int spent;

    private PaywordChain(PaywordCommitment commitment, byte[] words) {
        this.commitment = commitment;
        this.words = words;
    }

    /**
     * Generates the chain (n + 1 hashes) and signs its commitment (one signature), both reported to {@code meter}.
     *
     * @param seed32 32 fresh secret bytes
     * @param length n, the number of paywords, 1..65535
     * @param ts     the commitment's timestamp, from the caller's clock
     * @throws PPayException INVALID_ARGUMENT for a bad seed, length, or a payee equal to the payer
     */
    public static PaywordChain create(Signer payer, PeerId payee, byte[] seed32, int length, long ts, CostMeter meter)
            throws PPayException {
        return create(payer, payee, seed32, length, ts, meter, Hasher.SHA256);
    }

    /** As {@link #create(Signer, PeerId, byte[], int, long, CostMeter)}, hashing with {@code hasher}. */
    public static PaywordChain create(Signer payer, PeerId payee, byte[] seed32, int length, long ts, CostMeter meter,
                                      Hasher hasher) throws PPayException {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(meter, "meter");
        if (seed32 == null || seed32.length != 32) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "a chain seed is 32 bytes");
        if (length < 1 || length > 65535) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "chain length must be 1..65535, got " + length);
        if (payee.equals(payer.id())) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "a peer does not pay itself");
        byte[] w = new byte[(length + 1) * 32];
        byte[] word = hasher.hash(seed32);
        for (int i = length; ; i--) {
            System.arraycopy(word, 0, w, 32 * i, 32);
            if (i == 0) break;
            word = hasher.hash(word);
        }
        meter.add(Task.PICOPAYMENT, CostAction.HASH, length + 1L);
        byte[] root = word;
        PaywordCommitment c = new PaywordCommitment(payer.id(), payee, root, length, ts,
            payer.sign(PaywordCommitment.signedBytes(payer.id(), payee, root, length, ts)));
        meter.add(Task.PICOPAYMENT, CostAction.SIGN);
        return new PaywordChain(c, w);
    }

    public PaywordCommitment commitment() { return commitment; }

    public PeerId payee() { return commitment.payee(); }

    /** n: how many picopayments the chain can carry. */
    public int length() { return words.length / 32 - 1; }

    /** How many words have been released so far (the index of the last one). */
    public int spent() { return spent; }

    public boolean exhausted() { return spent == length(); }

    /**
     * Releases the next word, w_{spent+1}: one picopayment. No hash or signature is needed.
     *
     * @throws PPayException PAYMENT_REFUSED when the chain is exhausted: a new chain (and a coin) is needed
     */
    public Payword next() throws PPayException {
        if (exhausted()) throw new PPayException(ErrorCode.PAYMENT_REFUSED, "all " + length() + " paywords of this chain are spent");
        Payword p = new Payword(commitment.payer(), spent + 1, java.util.Arrays.copyOfRange(words, 32 * (spent + 1), 32 * (spent + 2)));
        spent++;
        return p;
    }

    @Override public String toString() { return "PaywordChain[" + commitment.payer() + "->" + commitment.payee() + " " + spent + "/" + length() + "]"; }
}
