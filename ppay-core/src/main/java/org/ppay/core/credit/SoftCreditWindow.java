package org.ppay.core.credit;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;

/**
 * One peer p_i's soft credit windows (Section 5.4): an unsigned running balance per counterpart, so that
 * picopayments flowing both ways cancel out and a coin changes hands only when a balance reaches the edge
 * of the window. No signature or hash is involved, which is the point of the technique; the price is
 * credit risk, bounded here by the NetLossCap method.
 *
 * <p>Notation, as in the paper: {@code c_ij} ({@link #credit}) is the credit, in picopayments, that
 * counterpart p_j owes this peer p_i; honest peers keep {@code c_ij = −c_ji}. {@code l_i = Σ_j c_ij}
 * ({@link #loss}) is p_i's potential credit loss. In the scenario language, {@code serve P Q n} is n calls of
 * P's {@link #serve}(Q) (mirrored by Q's {@link #served}(P)), and {@code expect credit P Q N} reads P's
 * {@code c_PQ}.
 *
 * <p>Window rule. Balances live in the open window (−x, x). A picopayment is recorded first; if it makes
 * the balance reach ±x, the balance has "fallen out of the window" and a coin is due
 * ({@link CreditOutcome}). While a coin is due no further credit is given in that direction. A coin moves
 * the balance by exactly x towards zero (subtract, not reset): with unit picopayments a coin settles a
 * balance of exactly ±x, so subtracting x gives the paper's "reset to 0"; subtracting also stays exact for
 * the NetLossCap prepayments, which happen at balances strictly inside the window, where a reset would
 * silently forgive or confiscate credit.
 *
 * <p>NetLossCap (Section 5.4). With cap v, p_i never lets l_i exceed v: it refuses to serve once l_i ≥ v,
 * and it may pay a coin only if l_i + x ≤ v and its balance with the payee is negative (it owes the payee
 * something), so that the coin leaves the balance strictly inside the window. See docs/credit-windows.md
 * for the derivation of this rule from the paper's text, whose sign we correct. {@link #NO_CAP} (the
 * paper's default ∞) disables the cap.
 *
 * <p>Every refused call throws {@link PPayException} and leaves the state exactly as it was. Not thread-safe.
 */
public final class SoftCreditWindow implements CreditWindow {
    /** The paper's default Net Loss Cap of ∞. */
    public static final long NO_CAP = Long.MAX_VALUE;

    private final PeerId self;
    private final int x;
    private final long v;
    /** c_ij per counterpart that ever had a balance. */
    private final Counterparts<Link> links;
    /** l_i = Σ_j c_ij, kept incrementally. */
    private long loss;

    /**
     * @param self        this peer, p_i (it has no window with itself)
     * @param windowSize  x ≥ 1, the value of one coin in picopayments
     * @param netLossCap  v ≥ 0, or {@link #NO_CAP}
     */
    public SoftCreditWindow(PeerId self, int windowSize, long netLossCap) throws PPayException {
        this.self = Objects.requireNonNull(self, "self");
        if (windowSize < 1) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "window size x must be >= 1, got " + windowSize);
        if (netLossCap < 0) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "net loss cap v must be >= 0, got " + netLossCap);
        this.x = windowSize;
        this.v = netLossCap;
        this.links = new Counterparts<>(self, j -> new Link(this, j));
    }

    /** A window without a loss cap (the paper's default, v = ∞). */
    public static SoftCreditWindow uncapped(PeerId self, int windowSize) throws PPayException {
        return new SoftCreditWindow(self, windowSize, NO_CAP);
    }

    public PeerId self() { return self; }

    public int windowSize() { return x; }

    public long netLossCap() { return v; }

    /** c_ij: what counterpart j owes this peer, in picopayments (negative: this peer owes j). */
    public long credit(PeerId j) {
        Link l = links.find(Objects.requireNonNull(j, "peer"));
        return l == null ? 0 : l.c;
    }

    /** As {@link #credit(PeerId)}, by link. */
    public long credit(Link j) throws PPayException { return mine(j).c; }

    /**
     * The balance with one counterpart. A caller that deals with the same peers again and again (a GUESS
     * peer probes the same pong cache on every query) keeps the link and skips the lookup; the rules are the
     * same either way. A link only works with the window that made it.
     */
    public static final class Link {
        private final SoftCreditWindow window;
        private final PeerId peer;
        private long c;

        private Link(SoftCreditWindow window, PeerId peer) { this.window = window; this.peer = peer; }

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

    /** l_i = Σ_j c_ij: the potential credit loss if every counterpart left now (Section 5.4). */
    public long loss() { return loss; }

    /** Every non-zero balance c_ij, ordered by peer: a snapshot, for reports and tests. */
    public SortedMap<PeerId, Long> balances() {
        TreeMap<PeerId, Long> out = new TreeMap<>();
        for (Link l : links.all()) if (l.c != 0) out.put(l.peer, l.c);
        return Collections.unmodifiableSortedMap(out);
    }

    /**
     * Would {@link #serve}(j) succeed now, i.e. extend one picopayment of credit to j without asking for a
     * coin first? False when j's balance is already at x (a coin is due) or this peer is at its cap.
     */
    public boolean wouldExtend(PeerId j) {
        return credit(j) < x && loss < v;
    }

    /** As {@link #wouldExtend(PeerId)}, by link. */
    public boolean wouldExtend(Link j) throws PPayException {
        return mine(j).c < x && loss < v;
    }

    /**
     * How many picopayments of service this peer can still receive from {@code j} on credit, by its own
     * view c_ij: c_ij + x (the room before c_ij reaches −x). What a lazy peer (Section 7.2.3), which
     * never pays a coin, checks before it probes j: it probes only while the room is positive, i.e.
     * c_ji &lt; x in j's honest view. The counterpart's cap is not visible here.
     */
    public long creditRoomAt(PeerId j) {
        return credit(j) + x;
    }

    /** As {@link #creditRoomAt(PeerId)}, by link. */
    public long creditRoomAt(Link j) throws PPayException {
        return mine(j).c + x;
    }

    /**
     * This peer performs one picopayment service for j: c_ij increases by 1.
     *
     * @return {@link CreditOutcome#COIN_DUE_FROM_PEER} when c_ij reaches x: the service is recorded and j
     *         must now pay a coin ({@link #coinReceived}); otherwise {@link CreditOutcome#WITHIN_WINDOW}
     * @throws PPayException CREDIT_REFUSED if a coin from j is already due (c_ij = x), or if l_i ≥ v
     *         (NetLossCap): j must pay a coin first; INVALID_ARGUMENT for j = self
     */
    public CreditOutcome serve(PeerId j) throws PPayException { return serve(counterpart(j)); }

    /** As {@link #serve(PeerId)}, by link. */
    public CreditOutcome serve(Link j) throws PPayException {
        long c = mine(j).c;
        if (c >= x) throw new PPayException(ErrorCode.CREDIT_REFUSED, j.peer + " owes a coin (balance " + c + " at window " + x + ")");
        if (loss >= v) throw new PPayException(ErrorCode.CREDIT_REFUSED, "net loss " + loss + " is at the cap " + v + "; " + j.peer + " must pay a coin first");
        j.c = c + 1;
        loss += 1;
        return c + 1 == x ? CreditOutcome.COIN_DUE_FROM_PEER : CreditOutcome.WITHIN_WINDOW;
    }

    /**
     * Counterpart j performed one picopayment service for this peer: c_ij decreases by 1. The NetLossCap
     * check for this service is j's own ({@link #serve} on j's window); this side only keeps the window.
     *
     * @return {@link CreditOutcome#COIN_DUE_TO_PEER} when c_ij reaches −x: this peer must now pay j a coin
     * @throws PPayException CREDIT_REFUSED if this peer already owes j a coin (c_ij = −x); INVALID_ARGUMENT for j = self
     */
    public CreditOutcome served(PeerId j) throws PPayException { return served(counterpart(j)); }

    /** As {@link #served(PeerId)}, by link. */
    public CreditOutcome served(Link j) throws PPayException {
        long c = mine(j).c;
        if (c <= -x) throw new PPayException(ErrorCode.CREDIT_REFUSED, "already owe " + j.peer + " a coin (balance " + c + " at window " + x + ")");
        j.c = c - 1;
        loss -= 1;
        return c - 1 == -x ? CreditOutcome.COIN_DUE_TO_PEER : CreditOutcome.WITHIN_WINDOW;
    }

    /**
     * May this peer pay j a coin now (payer side of NetLossCap, Section 5.4, signs corrected)? Paying moves
     * c_ij up by x and so l_i up by x; allowed iff l_i + x ≤ v (the paper's "l_j ≤ v − x") and c_ij &lt; 0,
     * so that c_ij + x &lt; x stays inside the window instead of landing on x, where j would owe the coin
     * straight back. Covers both the coin due at c_ij = −x and a prepayment asked for by a capped j.
     */
    public boolean mayPayCoin(PeerId j) {
        if (j == null || j.equals(self)) return false;
        long c = credit(j);
        return c < 0 && loss <= v - x;
    }

    /** As {@link #mayPayCoin(PeerId)}, by link. */
    public boolean mayPayCoin(Link j) throws PPayException {
        return mine(j).c < 0 && loss <= v - x;
    }

    /**
     * This peer paid j a coin worth x picopayments: c_ij += x, l_i += x.
     *
     * @throws PPayException PAYMENT_REFUSED unless {@link #mayPayCoin}(j); INVALID_ARGUMENT for j = self
     */
    public void coinPaid(PeerId j) throws PPayException { coinPaid(counterpart(j)); }

    /** As {@link #coinPaid(PeerId)}, by link. */
    public void coinPaid(Link j) throws PPayException {
        long c = mine(j).c;
        if (c >= 0) throw new PPayException(ErrorCode.PAYMENT_REFUSED, "balance with " + j.peer + " is " + c + " >= 0: a coin would push it to " + (c + x) + ", out of the window (-" + x + ", " + x + ")");
        if (loss > v - x) throw new PPayException(ErrorCode.PAYMENT_REFUSED, "net loss " + loss + " + coin " + x + " would exceed the cap " + v);
        j.c = c + x;
        loss += x;
    }

    /**
     * j paid this peer a coin worth x picopayments: c_ij −= x, l_i −= x. The payee-side mirror of the
     * window condition: a coin is accepted only while j owes something (c_ij &gt; 0), so the balance stays
     * inside the window; honest views make this equal to j's own {@link #mayPayCoin} window check.
     *
     * @throws PPayException PAYMENT_REFUSED if c_ij ≤ 0; INVALID_ARGUMENT for j = self
     */
    public void coinReceived(PeerId j) throws PPayException { coinReceived(counterpart(j)); }

    /** As {@link #coinReceived(PeerId)}, by link. */
    public void coinReceived(Link j) throws PPayException {
        long c = mine(j).c;
        if (c <= 0) throw new PPayException(ErrorCode.PAYMENT_REFUSED, j.peer + " owes nothing (balance " + c + "): a coin would push it to " + (c - x) + ", out of the window (-" + x + ", " + x + ")");
        j.c = c - x;
        loss -= x;
    }

    private Link counterpart(PeerId j) throws PPayException { return link(j); }

    @Override public String toString() {
        return "SoftCreditWindow[" + self + " x=" + x + " v=" + (v == NO_CAP ? "inf" : v) + " l=" + loss + " " + balances().size() + " peers]";
    }
}
