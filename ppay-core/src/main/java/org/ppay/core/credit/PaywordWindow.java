package org.ppay.core.credit;

import java.util.Objects;
import org.ppay.core.crypto.Hasher;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.cost.CostMeter;
import org.ppay.core.cost.Task;
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
public final class PaywordWindow implements CreditWindow {
    private final Signer self;
    private final Verifier verifier;
    private final int x;
    private final Hasher hasher;
    /** Per counterpart: the open chain towards it (as payer) and its open account here (as payee). */
    private final Counterparts<Link> links;

    /**
     * Everything this window keeps about one counterpart. A caller that deals with the same peers again and
     * again (a GUESS peer probes the same pong cache on every query) keeps the link and skips the lookup; the
     * rules are the same either way. A link only works with the window that made it.
     */
    public static final class Link {
        private final PaywordWindow window;
        private final PeerId peer;
        private PaywordChain chain;
        private PaywordAccount account;

        private Link(PaywordWindow window, PeerId peer) { this.window = window; this.peer = peer; }

        public PeerId peer() { return peer; }
    }

    /**
     * The link to counterpart {@code j}, made on first use.
     *
     * @throws PPayException INVALID_ARGUMENT for j = self
     */
    public Link link(PeerId j) throws PPayException { return links.link(j); }

    private Link mine(Link l) throws PPayException {
        if (Objects.requireNonNull(l, "link").window != this) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "link of another window");
        return l;
    }

    private PaywordChain chain(PeerId payee) { Link l = links.find(payee); return l == null ? null : l.chain; }

    private PaywordAccount account0(PeerId payer) { Link l = links.find(payer); return l == null ? null : l.account; }

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
        this.links = new Counterparts<>(self.id(), j -> new Link(this, j));
    }

    public PeerId self() { return self.id(); }

    public int windowSize() { return x; }

    // ---- payer side ------------------------------------------------------------------------------

    /** True when the next picopayment to {@code payee} needs a new chain ({@link #commit}) first. */
    public boolean needsCommitment(PeerId payee) { return chain(payee) == null; }

    /** As {@link #needsCommitment(PeerId)}, by link. */
    public boolean needsCommitment(Link payee) throws PPayException { return mine(payee).chain == null; }

    /**
     * Starts a chain of x words towards {@code payee}; send the returned commitment before the first word.
     *
     * @throws PPayException PAYMENT_REFUSED while a chain to that payee is open (settle it with a coin
     *         first); INVALID_ARGUMENT for a bad seed or a payee equal to self
     */
    public PaywordCommitment commit(PeerId payee, byte[] seed32, long ts, CostMeter meter) throws PPayException {
        Objects.requireNonNull(payee, "payee");
        if (payee.equals(self.id())) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "a peer does not pay itself");
        return commit(link(payee), seed32, ts, meter);
    }

    /** As {@link #commit(PeerId, byte[], long, CostMeter)}, by link. */
    public PaywordCommitment commit(Link payee, byte[] seed32, long ts, CostMeter meter) throws PPayException {
        Link l = mine(payee);
        if (l.chain != null) throw new PPayException(ErrorCode.PAYMENT_REFUSED, "a chain to " + l.peer + " is still open");
        l.chain = PaywordChain.create(self, l.peer, seed32, x, ts, meter, hasher);
        return l.chain.commitment();
    }

    /**
     * Gives up the open chain to {@code payee} before any of its words was paid: its commitment did not reach the
     * payee, so the next picopayment starts a chain the payee knows. A chain with words paid stays (they prove debt).
     */
    public void withdraw(Link payee) throws PPayException {
        Link l = mine(payee);
        if (l.chain != null && l.chain.spent() == 0) l.chain = null;
    }

    /**
     * One picopayment to {@code payee}: the next word of the open chain.
     *
     * @throws PPayException PAYMENT_REFUSED if no chain is open ({@link #commit} first) or all x words are
     *         spent (a coin is due: {@link #coinPaid} first)
     */
    public Payword pay(PeerId payee) throws PPayException {
        return pay(payee, chain(Objects.requireNonNull(payee, "payee")));
    }

    /** As {@link #pay(PeerId)}, by link. */
    public Payword pay(Link payee) throws PPayException { return pay(payee.peer, mine(payee).chain); }

    private static Payword pay(PeerId payee, PaywordChain chain) throws PPayException {
        if (chain == null) throw new PPayException(ErrorCode.PAYMENT_REFUSED, "no open chain to " + payee + ": commit first");
        if (chain.exhausted()) throw new PPayException(ErrorCode.PAYMENT_REFUSED, "chain to " + payee + " is spent: a coin is due");
        return chain.next();
    }

    /** Picopayments paid to {@code payee} on the open chain and not yet settled by a coin. */
    public int debt(PeerId payee) {
        PaywordChain chain = chain(payee);
        return chain == null ? 0 : chain.spent();
    }

    /** True when all x words to {@code payee} are spent: this peer owes it a coin. */
    public boolean coinDueTo(PeerId payee) {
        PaywordChain chain = chain(payee);
        return chain != null && chain.exhausted();
    }

    /** As {@link #coinDueTo(PeerId)}, by link. */
    public boolean coinDueTo(Link payee) throws PPayException {
        PaywordChain chain = mine(payee).chain;
        return chain != null && chain.exhausted();
    }

    /**
     * This peer paid {@code payee} the coin that settles a spent chain; the chain is closed.
     *
     * @throws PPayException PAYMENT_REFUSED unless {@link #coinDueTo}(payee)
     */
    public void coinPaid(PeerId payee) throws PPayException {
        Link l = links.find(Objects.requireNonNull(payee, "payee"));
        if (l == null) throw new PPayException(ErrorCode.PAYMENT_REFUSED, "no coin is due to " + payee + " (0/" + x + " words spent)");
        coinPaid(l);
    }

    /** As {@link #coinPaid(PeerId)}, by link. */
    public void coinPaid(Link payee) throws PPayException {
        Link l = mine(payee);
        if (l.chain == null || !l.chain.exhausted()) {
            throw new PPayException(ErrorCode.PAYMENT_REFUSED, "no coin is due to " + l.peer + " (" + (l.chain == null ? 0 : l.chain.spent()) + "/" + x + " words spent)");
        }
        l.chain = null;
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
        if (commitment.payer().equals(self.id())) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "commitment is from this peer itself");
        open(links.link(commitment.payer()), commitment, meter);
    }

    /** As {@link #open(PaywordCommitment, CostMeter)}, by the payer's link. */
    public void open(Link payer, PaywordCommitment commitment, CostMeter meter) throws PPayException {
        Objects.requireNonNull(commitment, "commitment");
        Link l = mine(payer);
        if (!commitment.payer().equals(l.peer)) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "commitment of " + commitment.payer() + " on the link of " + l.peer);
        if (commitment.length() != x) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "chain length " + commitment.length() + " is not the window size " + x);
        if (l.account != null && l.account.accepted() > 0) {
            throw new PPayException(ErrorCode.PAYMENT_REFUSED, "chain of " + commitment.payer() + " is not settled yet");
        }
        // an open account credited nothing proves no debt: its payer gave the chain up (its commitment's answer was lost)
        l.account = PaywordAccount.open(commitment, self.id(), verifier, meter, hasher);
    }

    /**
     * Credits a payword on its payer's open chain.
     *
     * @return {@link CreditOutcome#COIN_DUE_FROM_PEER} once all x words are in, else {@link CreditOutcome#WITHIN_WINDOW}
     * @throws PPayException BAD_PAYWORD if the payer has no open chain here or the word does not verify
     *         (see {@link PaywordAccount#accept})
     */
    public CreditOutcome receive(Payword p, CostMeter meter) throws PPayException {
        return receive(account0(Objects.requireNonNull(p, "payword").payer()), p, meter);
    }

    /** As {@link #receive(Payword, CostMeter)}, by the payer's link. */
    public CreditOutcome receive(Link payer, Payword p, CostMeter meter) throws PPayException {
        Objects.requireNonNull(p, "payword");
        Link l = mine(payer);
        if (!p.payer().equals(l.peer)) throw new PPayException(ErrorCode.BAD_PAYWORD, "payword of " + p.payer() + " on the link of " + l.peer);
        return receive(l.account, p, meter);
    }

    private static CreditOutcome receive(PaywordAccount account, Payword p, CostMeter meter) throws PPayException {
        if (account == null) throw new PPayException(ErrorCode.BAD_PAYWORD, "no open chain of " + p.payer());
        account.accept(p, meter);
        return account.complete() ? CreditOutcome.COIN_DUE_FROM_PEER : CreditOutcome.WITHIN_WINDOW;
    }

    /** Picopayments proved by {@code payer} on its open chain and not yet settled by a coin. */
    public int credit(PeerId payer) {
        PaywordAccount account = account0(payer);
        return account == null ? 0 : account.accepted();
    }

    /** The open account of {@code payer} (commitment and last word: the proof of its debt), or null. */
    public PaywordAccount account(PeerId payer) { return account0(payer); }

    /**
     * {@code payer} paid the coin that settles its complete chain; the account is closed.
     *
     * @throws PPayException PAYMENT_REFUSED unless all x words of its chain were accepted
     */
    public void coinReceived(PeerId payer) throws PPayException {
        Link l = links.find(Objects.requireNonNull(payer, "payer"));
        if (l == null) throw new PPayException(ErrorCode.PAYMENT_REFUSED, "no coin is due from " + payer + " (0/" + x + " words in)");
        coinReceived(l);
    }

    /** As {@link #coinReceived(PeerId)}, by link. */
    public void coinReceived(Link payer) throws PPayException {
        Link l = mine(payer);
        if (l.account == null || !l.account.complete()) {
            throw new PPayException(ErrorCode.PAYMENT_REFUSED, "no coin is due from " + l.peer + " (" + (l.account == null ? 0 : l.account.accepted()) + "/" + x + " words in)");
        }
        l.account = null;
    }

    /**
     * The open accounts with at least one word accepted: chains whose payers owe this peer words no coin settled yet,
     * partial or (when the coin was never paid) complete. Their commitments and last words are what a broker that honours
     * partial chains pays for (Section 5.4).
     */
    public java.util.List<PaywordAccount> unsettled() {
        java.util.List<PaywordAccount> out = new java.util.ArrayList<>();
        for (Link l : links.all()) if (l.account != null && l.account.accepted() > 0) out.add(l.account);
        return out;
    }

    /**
     * The broker paid {@code payer}'s open chain here (a redemption): the account is closed, and a new chain of that
     * payer may be opened.
     *
     * @throws PPayException PAYMENT_REFUSED if no account of that payer is open
     */
    public void redeemed(PeerId payer) throws PPayException {
        Link l = links.find(Objects.requireNonNull(payer, "payer"));
        if (l == null || l.account == null) throw new PPayException(ErrorCode.PAYMENT_REFUSED, "no open chain of " + payer);
        l.account = null;
    }

    @Override public String toString() {
        long chains = links.all().stream().filter(l -> l.chain != null).count();
        long accounts = links.all().stream().filter(l -> l.account != null).count();
        return "PaywordWindow[" + self.id() + " x=" + x + " " + chains + " chains, " + accounts + " accounts]";
    }
}
