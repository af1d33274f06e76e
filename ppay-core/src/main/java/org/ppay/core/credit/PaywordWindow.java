package org.ppay.core.credit;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.ppay.core.crypto.Hasher;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.cost.CostMeter;
import org.ppay.core.crypto.Signer;
import org.ppay.core.crypto.Verifier;
import org.ppay.core.msg.Payword;
import org.ppay.core.msg.PaywordCommitment;

/**
 * One peer's Payword credit windows, the "Payword" Credit Window Type of Sections 6 and 7.2.3: towards each
 * payee a hash chain of x words, worth one coin. Each picopayment releases one word; when the payee has
 * accepted all x words a coin is due, and once it is paid the chain is closed and the next picopayment
 * starts a fresh chain with a fresh signed commitment.
 *
 * <p>Paywords flow one way only: a chain can only express a growing debt of its payer. If p and q serve
 * each other, p pays q on p's chain and q pays p on q's chain, and nothing cancels: balanced traffic of 2N
 * picopayments still costs about 2N/x coins and 2N/x commitments, where a {@link SoftCreditWindow} may
 * need none (Section 5.4; Figures 6 and 7 measure the difference). In exchange the payee runs no credit
 * risk: the signed commitment and the last word prove the debt.
 *
 * <p>Costs: a new chain costs its payer x + 1 hashes and one signature, the payee one verification; each
 * word costs the payee one hash per picopayment credited. Chain seeds and timestamps are passed in. Every
 * refused call throws {@link PPayException} and leaves the state as it was. Not thread-safe.
 */
public final class PaywordWindow {
    private final Signer self;
    private final Verifier verifier;
    private final int x;
    private final Hasher hasher;
    /** As payer: the open chain towards each payee. */
    private final Map<PeerId, PaywordChain> chains = new HashMap<>();
    /** As payee: the open account of each payer. */
    private final Map<PeerId, PaywordAccount> accounts = new HashMap<>();

    /** @param windowSize x, the chain length and the value of one coin in picopayments, 1..65535 */
    public PaywordWindow(Signer self, Verifier verifier, int windowSize) throws PPayException {
        this(self, verifier, windowSize, Hasher.SHA256);
    }

    /** A window whose chains hash with {@code hasher} (the simulator passes its counting provider's). */
    public PaywordWindow(Signer self, Verifier verifier, int windowSize, Hasher hasher) throws PPayException {
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.self = Objects.requireNonNull(self, "self");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        if (windowSize < 1 || windowSize > 65535) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "payword window size must be 1..65535, got " + windowSize);
        this.x = windowSize;
    }

    public PeerId self() { return self.id(); }

    public int windowSize() { return x; }

    // ---- payer side ------------------------------------------------------------------------------

    /** True when the next picopayment to {@code payee} needs a new chain ({@link #commit}) first. */
    public boolean needsCommitment(PeerId payee) { return !chains.containsKey(payee); }

    /**
     * Starts a chain of x words towards {@code payee}; send the returned commitment before the first word.
     *
     * @throws PPayException PAYMENT_REFUSED while a chain to that payee is open (settle it with a coin
     *         first); INVALID_ARGUMENT for a bad seed or a payee equal to self
     */
    public PaywordCommitment commit(PeerId payee, byte[] seed32, long ts, CostMeter meter) throws PPayException {
        Objects.requireNonNull(payee, "payee");
        if (chains.containsKey(payee)) throw new PPayException(ErrorCode.PAYMENT_REFUSED, "a chain to " + payee + " is still open");
        PaywordChain chain = PaywordChain.create(self, payee, seed32, x, ts, meter, hasher);
        chains.put(payee, chain);
        return chain.commitment();
    }

    /**
     * One picopayment to {@code payee}: the next word of the open chain.
     *
     * @throws PPayException PAYMENT_REFUSED if no chain is open ({@link #commit} first) or all x words are
     *         spent (a coin is due: {@link #coinPaid} first)
     */
    public Payword pay(PeerId payee) throws PPayException {
        PaywordChain chain = chains.get(Objects.requireNonNull(payee, "payee"));
        if (chain == null) throw new PPayException(ErrorCode.PAYMENT_REFUSED, "no open chain to " + payee + ": commit first");
        if (chain.exhausted()) throw new PPayException(ErrorCode.PAYMENT_REFUSED, "chain to " + payee + " is spent: a coin is due");
        return chain.next();
    }

    /** Picopayments paid to {@code payee} on the open chain and not yet settled by a coin. */
    public int debt(PeerId payee) {
        PaywordChain chain = chains.get(payee);
        return chain == null ? 0 : chain.spent();
    }

    /** True when all x words to {@code payee} are spent: this peer owes it a coin. */
    public boolean coinDueTo(PeerId payee) {
        PaywordChain chain = chains.get(payee);
        return chain != null && chain.exhausted();
    }

    /**
     * This peer paid {@code payee} the coin that settles a spent chain; the chain is closed.
     *
     * @throws PPayException PAYMENT_REFUSED unless {@link #coinDueTo}(payee)
     */
    public void coinPaid(PeerId payee) throws PPayException {
        if (!coinDueTo(payee)) throw new PPayException(ErrorCode.PAYMENT_REFUSED, "no coin is due to " + payee + " (" + debt(payee) + "/" + x + " words spent)");
        chains.remove(payee);
    }

    // ---- payee side ------------------------------------------------------------------------------

    /**
     * Accepts a payer's commitment to a new chain (one verification).
     *
     * @throws PPayException BAD_SIGNATURE if not signed by its payer; INVALID_ARGUMENT if addressed to another
     *         payee or of another length than x; PAYMENT_REFUSED while that payer's previous chain is unsettled
     */
    public void open(PaywordCommitment commitment, CostMeter meter) throws PPayException {
        Objects.requireNonNull(commitment, "commitment");
        if (commitment.length() != x) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "chain length " + commitment.length() + " is not the window size " + x);
        if (accounts.containsKey(commitment.payer())) throw new PPayException(ErrorCode.PAYMENT_REFUSED, "chain of " + commitment.payer() + " is not settled yet");
        PaywordAccount account = PaywordAccount.open(commitment, self.id(), verifier, meter, hasher);
        accounts.put(commitment.payer(), account);
    }

    /**
     * Credits a payword on its payer's open chain.
     *
     * @return {@link CreditOutcome#COIN_DUE_FROM_PEER} once all x words are in, else {@link CreditOutcome#WITHIN_WINDOW}
     * @throws PPayException BAD_PAYWORD if the payer has no open chain here or the word does not verify
     *         (see {@link PaywordAccount#accept})
     */
    public CreditOutcome receive(Payword p, CostMeter meter) throws PPayException {
        PaywordAccount account = accounts.get(Objects.requireNonNull(p, "payword").payer());
        if (account == null) throw new PPayException(ErrorCode.BAD_PAYWORD, "no open chain of " + p.payer());
        account.accept(p, meter);
        return account.complete() ? CreditOutcome.COIN_DUE_FROM_PEER : CreditOutcome.WITHIN_WINDOW;
    }

    /** Picopayments proved by {@code payer} on its open chain and not yet settled by a coin. */
    public int credit(PeerId payer) {
        PaywordAccount account = accounts.get(payer);
        return account == null ? 0 : account.accepted();
    }

    /** The open account of {@code payer} (commitment and last word: the proof of its debt), or null. */
    public PaywordAccount account(PeerId payer) { return accounts.get(payer); }

    /**
     * {@code payer} paid the coin that settles its complete chain; the account is closed.
     *
     * @throws PPayException PAYMENT_REFUSED unless all x words of its chain were accepted
     */
    public void coinReceived(PeerId payer) throws PPayException {
        PaywordAccount account = accounts.get(Objects.requireNonNull(payer, "payer"));
        if (account == null || !account.complete()) {
            throw new PPayException(ErrorCode.PAYMENT_REFUSED, "no coin is due from " + payer + " (" + credit(payer) + "/" + x + " words in)");
        }
        accounts.remove(payer);
    }

    @Override public String toString() {
        return "PaywordWindow[" + self.id() + " x=" + x + " " + chains.size() + " chains, " + accounts.size() + " accounts]";
    }
}
