package org.ppay.core.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.PeerId;
import org.ppay.core.cost.CostAction;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.CashRequest;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.LayeredCoin;
import org.ppay.core.msg.ReassignmentRequest;
import org.ppay.core.msg.RenewalRequest;

/**
 * A holder's wallet (Sections 3, 5.2, 5.3): verifies every holding it is handed (signatures, sequence
 * numbers strictly increasing, renewal window not tampered with), signs the requests that spend, renew or
 * cash them, and chooses which coin to pay with. Coins are kept in arrival order: choice within a class is
 * a queue.
 */
public final class Holder {
    private final Signer signer;
    private final Params params;
    private final Checks checks;
    private final Wallet holdings = new Wallet();

    /**
     * The highest sequence number seen of every coin this peer held, kept after the coin leaves the wallet
     * until its window closes: an honest holder never takes back an assignment it already gave up, so a
     * replayed stale request cannot make it hold a relinquished assignment (invariant 1).
     */
    private final Map<CoinId, long[]> seen = new java.util.HashMap<>();

    public Holder(Signer signer, Params params, Checks checks) {
        this.signer = signer;
        this.params = params;
        this.checks = checks;
    }

    public PeerId id() { return signer.id(); }

    /** What this holding replaces, so the holder can check the owner did not cheat on it. */
    public enum Context { FRESH, REASSIGNED, RENEWED, LAYERED }

    /**
     * Verifies and keeps a holding handed to this peer. {@code previous} is the holding it replaces, when
     * known (the payer's, for a reassignment; our own, for a renewal). Nothing is kept on refusal.
     */
    public void accept(Holding h, Context ctx, Holding previous, long now) throws PPayException {
        checks.meter().received(h);
        if (!h.holder().equals(id())) throw new PPayException(ErrorCode.NOT_HOLDER, "holding is for " + h.holder());
        checks.holding(h, params.maxLayers());
        Checks.notExpired(h, now);
        Assignment base = h.base();
        if (base.re() - base.rb() != params.renewalWait()) {
            throw new PPayException(ErrorCode.WINDOW_TAMPERED, "renewal window is " + (base.re() - base.rb()) + " s long, not " + params.renewalWait());
        }
        switch (ctx) {
            case FRESH -> {
                if (base.seq() != 1 || base.rb() != base.ts() || base.ts() > now) {
                    throw new PPayException(ErrorCode.WINDOW_TAMPERED, "a first assignment's window starts when it is issued");
                }
                if (base.coin() instanceof org.ppay.core.msg.PrintedCoin p && base.ts() > p.certificate().expiry()) {
                    throw new PPayException(ErrorCode.EXPIRED, "printed under a limit certificate that expired at " + p.certificate().expiry());
                }
            }
            case RENEWED -> {
                if (previous == null || base.rb() != previous.base().rb() + params.renewalWait()) {
                    throw new PPayException(ErrorCode.WINDOW_TAMPERED, "a renewal moves the window by exactly one Renewal Wait");
                }
            }
            case REASSIGNED, LAYERED -> {
                if (previous != null && (base.rb() != previous.base().rb() || base.re() != previous.base().re())) {
                    throw new PPayException(ErrorCode.WINDOW_TAMPERED, "a reassignment keeps the coin's renewal window");
                }
            }
        }
        if (previous != null && h.seq() <= previous.seq()) {
            throw new PPayException(ErrorCode.STALE_SEQUENCE, "seq " + h.seq() + " does not exceed " + previous.seq());
        }
        Holding mine = holdings.get(h.coin().id());
        if (mine instanceof Assignment m && h instanceof Assignment a && m.sameAs(a) && m.rb() == a.rb() && m.re() == a.re()) {
            return;                                   // owner and broker both answered: one assignment (Section 3)
        }
        if (mine != null && h.seq() <= mine.seq()) {
            throw new PPayException(ErrorCode.STALE_SEQUENCE, "seq " + h.seq() + " does not exceed held seq " + mine.seq());
        }
        long[] last = seen.get(h.coin().id());
        if (last != null && h.seq() <= last[0]) {
            throw new PPayException(ErrorCode.STALE_SEQUENCE, "seq " + h.seq() + " was already seen and given up (last " + last[0] + ")");
        }
        holdings.add(h);
        earliestEnd = Math.min(earliestEnd, base.re());
        long[] before = seen.put(h.coin().id(), new long[] {h.seq(), base.re()});
        if (before == null || before[1] != base.re()) seenExpiry.add(base.re(), h.coin().id());
    }

    public Optional<Holding> holding(CoinId coin) { return Optional.ofNullable(holdings.get(coin)); }

    public List<Holding> holdings() {
        return List.copyOf(holdings.list());
    }

    public int count() { return holdings.size(); }

    /** Forgets a holding given up (paid on, layered away, or cashed); its sequence number stays remembered. */
    public void drop(CoinId coin) { holdings.remove(coin); }

    /** Forgets sequence numbers of coins whose windows have closed: they can never be valid again (Section 5.3). */
    public void purgeExpired(long now) {
        List<CoinId> due = seenExpiry.due(now);
        due.addAll(heldAfterExpiry);
        heldAfterExpiry.clear();
        for (CoinId c : due) {
            long[] last = seen.get(c);
            if (last == null || last[1] >= now) continue;            // gone already, or its window moved on
            if (holdings.contains(c)) { heldAfterExpiry.add(c); continue; }   // kept while still in the wallet
            checks.forget(c);
            seen.remove(c);
        }
    }

    /** No holding's window ends before this (a lower bound, exact after each full look in {@link #expiring}). */
    private long earliestEnd = Long.MAX_VALUE;

    /** When each remembered coin's window closes. */
    private final ExpiryQueue<CoinId> seenExpiry = new ExpiryQueue<>();
    /** Remembered coins whose window closed while they were still held: checked again at the next purge. */
    private final List<CoinId> heldAfterExpiry = new ArrayList<>();

    /** R = {X, A}SK_V (eq. 3). */
    public ReassignmentRequest reassignmentRequest(Holding h, PeerId to) {
        checks.meter().add(CostAction.SIGN);
        ReassignmentRequest r = new ReassignmentRequest(to, h, signer.sign(ReassignmentRequest.signedBytes(to, h)));
        checks.meter().sent(r);
        return r;
    }

    /** P = {X, V, seq_n, A}SK_V (eq. 8), refused past Max Layers or after the window closed. */
    public LayeredCoin layer(Holding h, PeerId to, long now) throws PPayException {
        if (h.layers() + 1 > params.maxLayers()) throw new PPayException(ErrorCode.TOO_MANY_LAYERS, "Max Layers is " + params.maxLayers());
        Checks.notExpired(h, now);
        checks.meter().add(CostAction.SIGN);
        long seq = h.seq() + 1;
        LayeredCoin l = new LayeredCoin(to, id(), seq, h, signer.sign(LayeredCoin.signedBytes(to, id(), seq, h)));
        checks.meter().sent(l);
        return l;
    }

    /** N = {A}SK_V (eq. 10). */
    public RenewalRequest renewalRequest(Holding h) {
        checks.meter().add(CostAction.SIGN);
        RenewalRequest r = new RenewalRequest(h, signer.sign(RenewalRequest.signedBytes(h)));
        checks.meter().sent(r);
        return r;
    }

    public CashRequest cashRequest(Holding h, long now) {
        checks.meter().add(CostAction.SIGN);
        CashRequest r = new CashRequest(h, now, signer.sign(CashRequest.signedBytes(h, now)));
        checks.meter().sent(r);
        return r;
    }

    /**
     * Picks how to pay one coin (order of Section 6.3): an own unassigned coin is handled by the caller
     * first; then a held coin whose owner is online; then a layer on a held coin; then, per scheme, the
     * broker or a newly printed coin. Expired holdings are never chosen.
     */
    public PaymentPlan plan(Predicate<PeerId> online, Scheme scheme, long now) {
        Holding layerable = null, any = null;                 // one pass: this runs on every coin payment
        Wallet w = holdings;
        for (int i = w.first(), end = w.end(); i < end; i++) {
            Holding h = w.holding(i);
            if (h == null || now > w.windowEnd(i)) continue;
            if (scheme == Scheme.RM) {
                if (w.layers(i) < params.maxLayers()) return new PaymentPlan.Layer(h);
                continue;
            }
            if (online.test(w.owner(i))) return new PaymentPlan.ViaOwner(h);
            if (layerable == null && w.layers(i) < params.maxLayers()) layerable = h;
            if (any == null) any = h;
        }
        if (layerable != null) return new PaymentPlan.Layer(layerable);
        if (scheme == Scheme.PPAY_STAR && any != null) return new PaymentPlan.ViaBroker(any);
        return new PaymentPlan.PrintNew();
    }

    /** Holdings whose renewal window ends within {@code horizon} seconds: to renew or cash (Section 5.3). */
    public List<Holding> expiring(long now, long horizon) {
        List<Holding> out = new ArrayList<>();
        if (earliestEnd - now > horizon) return out;            // nothing near its end: no need to look at every coin
        long earliest = Long.MAX_VALUE;
        Wallet w = holdings;
        for (int i = w.first(), end = w.end(); i < end; i++) {
            if (w.holding(i) == null) continue;
            if (w.windowEnd(i) - now <= horizon) out.add(w.holding(i));
            earliest = Math.min(earliest, w.windowEnd(i));
        }
        earliestEnd = earliest;
        return out;
    }
}
